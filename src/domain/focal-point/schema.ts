// A focal point as an RCP's editor enters one: one schema for the form and the procedures, so
// both refuse the same input with the same field keys (FocalPointErrors in focal-points.json).
import { z } from "zod";
import { ZEmail } from "~/domain/auth/schema";
import { parseLocalDate } from "~/domain/activity/local-time";
import { WORKING_LANGUAGES } from "~/domain/activity/working-languages";
import { singleLineText } from "~/lib/plain-text";
import { ZRecordId } from "~/lib/record-id";

/** Never PUBLIC: focal points are personal data for secretariats (the database checks it too). */
export const FOCAL_POINT_VISIBILITIES = ["ALL_SECRETARIATS", "OWN_RCP"] as const;
export type TFocalPointVisibility = (typeof FOCAL_POINT_VISIBILITIES)[number];

export const FOCAL_POINT_LIMITS = { name: 200, title: 200, agency: 300, phone: 50, languages: 10 } as const;

/** A participant's code as the reference data writes them: ISO alpha-2 or an organisation's slug. */
const ZParticipantCode = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, "unknownParticipant");

/** A calendar day (YYYY-MM-DD). */
export const ZFocalPointDay = z.string().refine((value) => parseLocalDate(value) !== null, "invalidDate");

/** "" or a calendar day. */
const ZDay = z.string().refine((value) => value === "" || parseLocalDate(value) !== null, "invalidDate");

// Phone numbers are written every which way; digits, spaces and the usual punctuation only.
const ZPhone = singleLineText()
  .max(FOCAL_POINT_LIMITS.phone, "tooLong")
  .refine((value) => value === "" || /^\+?[0-9 ().\-/]{3,}$/.test(value), "invalidPhone");

export const ZFocalPointData = z
  .object({
    participantCode: ZParticipantCode,
    name: singleLineText().min(1, "nameRequired").max(FOCAL_POINT_LIMITS.name, "tooLong"),
    title: singleLineText().max(FOCAL_POINT_LIMITS.title, "tooLong"),
    agency: singleLineText().max(FOCAL_POINT_LIMITS.agency, "tooLong"),
    email: ZEmail,
    phone: ZPhone,
    languages: z
      .array(z.enum(WORKING_LANGUAGES, { message: "unknownLanguage" }))
      .max(FOCAL_POINT_LIMITS.languages, "tooMany")
      .refine((list) => new Set(list).size === list.length, "duplicateLanguage"),
    since: ZDay,
    endedAt: ZDay,
    visibility: z.enum(FOCAL_POINT_VISIBILITIES, { message: "invalidVisibility" }),
  })
  .strict()
  .refine((data) => !data.since || !data.endedAt || data.endedAt >= data.since, {
    message: "endBeforeSince",
    path: ["endedAt"],
  });
export type TFocalPointData = z.infer<typeof ZFocalPointData>;

// Not strict: procedures add their own fields to it (tRPC merges chained inputs).
export const ZFocalPointRef = z.object({ focalPointId: ZRecordId });
