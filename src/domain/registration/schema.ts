// What people and hosts send about registration: one schema for the form and for the server.
import { z } from "zod";
import { ZEmail, ZToken } from "~/domain/auth/schema";
import { ZVersion } from "~/domain/activity/schema";
import { isIsoCountryCode, isParticipantCodeFormat } from "~/lib/participant-code";
import { multiLineText, singleLineText } from "~/lib/plain-text";
import { ZRecordId } from "~/lib/record-id";
import { locales } from "~/i18n/routing";
import {
  REGISTRATION_LIMITS as LIMITS,
  REGISTRATION_MODES,
  REGISTRATION_QUESTIONS,
  REGISTRATION_STATUSES,
} from "./vocabulary";

/** A custom issue carries the key of its message; the form translates it. */
const issue = (key: string, path: PropertyKey[] = []) => ({ code: "custom" as const, params: { key }, path });

/** Empty text is no answer: stored as null. */
const optionalText = (text: z.ZodType<string>) =>
  text
    .transform((value) => value || null)
    .nullable()
    .default(null);

const ZInstant = z.coerce.date().refine((date) => !Number.isNaN(date.getTime()), { params: { key: "date" } });

export const ZQuota = z
  .object({ rcpId: ZRecordId, seats: z.number().int().min(1).max(LIMITS.capacity) })
  .strict();

export const ZRegistrationSettingsFields = z
  .object({
    mode: z.enum(REGISTRATION_MODES),
    capacity: z.number().int().min(1).max(LIMITS.capacity),
    opensAt: ZInstant,
    closesAt: ZInstant,
    questions: z.array(z.enum(REGISTRATION_QUESTIONS)).max(REGISTRATION_QUESTIONS.length),
    requiredQuestions: z.array(z.enum(REGISTRATION_QUESTIONS)).max(REGISTRATION_QUESTIONS.length),
    quotas: z.array(ZQuota).max(50),
  })
  .strict()
  .superRefine((fields, ctx) => {
    if (fields.closesAt.getTime() <= fields.opensAt.getTime())
      ctx.addIssue(issue("closesBeforeOpens", ["closesAt"]));
    if (new Set(fields.questions).size !== fields.questions.length)
      ctx.addIssue(issue("duplicate", ["questions"]));
    if (fields.requiredQuestions.some((question) => !fields.questions.includes(question))) {
      ctx.addIssue(issue("requiredNotAsked", ["requiredQuestions"]));
    }
    if (new Set(fields.requiredQuestions).size !== fields.requiredQuestions.length) {
      ctx.addIssue(issue("duplicate", ["requiredQuestions"]));
    }
    if (new Set(fields.quotas.map((quota) => quota.rcpId)).size !== fields.quotas.length) {
      ctx.addIssue(issue("duplicate", ["quotas"]));
    }
    const quotaSeats = fields.quotas.reduce((sum, quota) => sum + quota.seats, 0);
    if (quotaSeats > fields.capacity) ctx.addIssue(issue("quotasAboveCapacity", ["quotas"]));
  });
export type TRegistrationSettingsFields = z.infer<typeof ZRegistrationSettingsFields>;

export const ZSaveSettingsInput = z
  .object({
    activityId: ZRecordId,
    /** The version the form was based on; null when registration is set up for the first time. */
    version: ZVersion.nullable(),
    data: ZRegistrationSettingsFields,
  })
  .strict();

/** The questions' answers; which are asked and required is the activity's to say (checked by the server). */
export const ZAnswers = z
  .object({
    role: optionalText(singleLineText().max(LIMITS.role)),
    /** A country or organisation from a host's participant list… */
    participantCode: z
      .string()
      .refine(isParticipantCodeFormat, { params: { key: "participant" } })
      .nullable()
      .default(null),
    /** …or the government or organisation as typed. */
    organisation: optionalText(singleLineText().max(LIMITS.organisation)),
    dietaryNeeds: optionalText(multiLineText().max(LIMITS.needs)),
    accessNeeds: optionalText(multiLineText().max(LIMITS.needs)),
    comment: optionalText(multiLineText().max(LIMITS.comment)),
  })
  .strict();
export type TAnswers = z.infer<typeof ZAnswers>;

export const ZRegisterInput = z
  .object({
    activityId: ZRecordId,
    /** The secretariat the person registers for; null for staff of no RCP (administrators). */
    rcpId: ZRecordId.nullable().default(null),
    answers: ZAnswers,
  })
  .strict();

/** Someone registered by a secretariat editor: `rcpId` is the nominating RCP, one the editor edits. */
export const ZRegisterOnBehalfInput = z
  .object({
    activityId: ZRecordId,
    rcpId: ZRecordId,
    person: z
      .object({
        name: singleLineText().min(1, { message: "required" }).max(LIMITS.name),
        email: ZEmail,
        countryCode: z
          .string()
          .refine((code) => code === "" || isIsoCountryCode(code), { params: { key: "country" } })
          .transform((code) => code || null)
          .nullable()
          .default(null),
        /** Language of the person's mails. */
        locale: z.enum(locales),
      })
      .strict(),
    answers: ZAnswers,
  })
  .strict();

export const ZParticipantsInput = z
  .object({
    activityId: ZRecordId,
    status: z.enum(REGISTRATION_STATUSES).optional(),
    /** Nominated by this RCP. */
    rcpId: ZRecordId.optional(),
    /** Keyset: the page after this arrival number (a bigint: 18 digits always fit). */
    after: z
      .string()
      .regex(/^\d{1,18}$/)
      .optional(),
    limit: z.number().int().min(1).max(LIMITS.pageSize).default(50),
  })
  .strict();

export const ZRegistrationRefInput = z.object({ registrationId: ZRecordId }).strict();
export const ZVersionedRegistrationInput = z
  .object({ registrationId: ZRecordId, version: ZVersion })
  .strict();
export const ZDecisionInput = z
  .object({
    registrationId: ZRecordId,
    version: ZVersion,
    reason: optionalText(multiLineText().max(LIMITS.reason)),
  })
  .strict();

export const ZTokenInput = z.object({ token: ZToken }).strict();
export const ZVersionedTokenInput = z.object({ token: ZToken, version: ZVersion }).strict();
export const ZUpdateByTokenInput = z.object({ token: ZToken, version: ZVersion, answers: ZAnswers }).strict();
