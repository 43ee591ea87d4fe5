// The settings form's values (what the inputs hold: text, wall-clock times in the activity's zone)
// and the fields the server takes, both ways. Pure, so the form and its tests share it.
import { TZDate } from "@date-fns/tz";
import { toInstant } from "~/domain/activity/local-time";
import { ZRegistrationSettingsFields, type TRegistrationSettingsFields } from "~/domain/registration/schema";
import {
  REGISTRATION_QUESTIONS,
  type TRegistrationMode,
  type TRegistrationQuestion,
} from "~/domain/registration/vocabulary";

export type TQuestionChoice = "OFF" | "ASKED" | "REQUIRED";

export type TSettingsValues = {
  mode: TRegistrationMode;
  capacity: string;
  opensDate: string;
  opensTime: string;
  closesDate: string;
  closesTime: string;
  questions: Record<TRegistrationQuestion, TQuestionChoice>;
  /** Seats per host RCP id; empty is no quota. */
  quotas: Record<string, string>;
};

export type TSettingsField = "mode" | "capacity" | "opens" | "closes" | "questions" | "quotas";

/** The key of each refusal, per field; the form says it in the reader's language. */
export type TSettingsErrors = Partial<Record<TSettingsField, string>>;

export type TStoredSettings = {
  mode: TRegistrationMode;
  capacity: number;
  opensAt: Date;
  closesAt: Date;
  questions: readonly TRegistrationQuestion[];
  requiredQuestions: readonly TRegistrationQuestion[];
  quotas: readonly { rcpId: string; seats: number }[];
};

const pad = (value: number) => String(value).padStart(2, "0");

/** A wall-clock date and time ("2026-05-12", "09:30") of an instant in a time zone. */
export function localParts(instant: Date, timeZone: string): { date: string; time: string } {
  const local = new TZDate(instant.getTime(), timeZone);
  return {
    date: `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`,
    time: `${pad(local.getHours())}:${pad(local.getMinutes())}`,
  };
}

/** The form's values for stored settings, or for a first opening: now until the day before the start. */
export function settingsValues(
  stored: TStoredSettings | null,
  hostIds: readonly string[],
  timeZone: string,
  defaults: { now: Date; start: Date },
): TSettingsValues {
  const dayBefore = new Date(defaults.start.getTime() - 24 * 60 * 60 * 1000);
  const opens = localParts(stored?.opensAt ?? defaults.now, timeZone);
  const closes = localParts(stored?.closesAt ?? dayBefore, timeZone);
  const questions = Object.fromEntries(
    REGISTRATION_QUESTIONS.map((question) => [
      question,
      stored?.requiredQuestions.includes(question)
        ? "REQUIRED"
        : stored?.questions.includes(question)
          ? "ASKED"
          : "OFF",
    ]),
  ) as Record<TRegistrationQuestion, TQuestionChoice>;
  const seats = new Map(stored?.quotas.map((quota) => [quota.rcpId, quota.seats]));
  return {
    mode: stored?.mode ?? "OPEN",
    capacity: stored ? String(stored.capacity) : "",
    opensDate: opens.date,
    opensTime: opens.time,
    closesDate: closes.date,
    closesTime: closes.time,
    questions,
    quotas: Object.fromEntries(hostIds.map((id) => [id, seats.has(id) ? String(seats.get(id)) : ""])),
  };
}

const FIELD_OF_PATH: Record<string, TSettingsField> = {
  mode: "mode",
  capacity: "capacity",
  opensAt: "opens",
  closesAt: "closes",
  questions: "questions",
  requiredQuestions: "questions",
  quotas: "quotas",
};

/** A whole number typed in a box, or NaN (which the schema refuses) for anything else. */
const wholeNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/** The fields to save, or the key of what is wrong with each field. */
export function settingsFields(
  values: TSettingsValues,
  timeZone: string,
): { fields: TRegistrationSettingsFields } | { errors: TSettingsErrors } {
  const errors: TSettingsErrors = {};
  const opensAt = toInstant(values.opensDate, values.opensTime, timeZone);
  const closesAt = toInstant(values.closesDate, values.closesTime, timeZone);
  if (!opensAt) errors.opens = "date";
  if (!closesAt) errors.closes = "date";
  const quotas = Object.entries(values.quotas)
    .filter(([, seats]) => seats.trim() !== "")
    .map(([rcpId, seats]) => ({ rcpId, seats: wholeNumber(seats) }));
  const parsed = ZRegistrationSettingsFields.safeParse({
    mode: values.mode,
    capacity: wholeNumber(values.capacity),
    opensAt: opensAt ?? new Date(0),
    closesAt: closesAt ?? new Date(1),
    questions: REGISTRATION_QUESTIONS.filter((question) => values.questions[question] !== "OFF"),
    requiredQuestions: REGISTRATION_QUESTIONS.filter((question) => values.questions[question] === "REQUIRED"),
    quotas,
  });
  if (parsed.success && Object.keys(errors).length === 0) return { fields: parsed.data };
  for (const issue of parsed.error?.issues ?? []) {
    const field = FIELD_OF_PATH[String(issue.path[0])] ?? "mode";
    const key = (issue as { params?: { key?: string } }).params?.key;
    errors[field] ??= key ?? (field === "capacity" || field === "quotas" ? "seats" : "invalid");
  }
  return { errors };
}

/** The field a refusal of the server is about. */
export const FIELD_OF_SERVER_KEY: Record<string, TSettingsField> = {
  capacityBelowTaken: "capacity",
  quotaBelowTaken: "quotas",
  quotasAboveCapacity: "quotas",
  quotaNotHost: "quotas",
  closesAfterStart: "closes",
};
