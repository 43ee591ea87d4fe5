// An activity's form fields as the columns they are stored in, and back.
import slugify from "slugify";
import { randomBytes } from "node:crypto";
import { toInstant } from "~/domain/activity/local-time";
import { parsePartialDate } from "~/lib/partial-date";
import type { TActivityFields } from "~/domain/activity/schema";

type TText = { en?: string; fr?: string; es?: string };

/** Only the languages written: an empty field is a missing translation, not an empty one. */
function writtenLanguages(text: TText): TText {
  return Object.fromEntries(Object.entries(text).filter(([, value]) => value));
}

export function toColumns(fields: TActivityFields) {
  const start = parsePartialDate(fields.startDate, "start");
  const end = fields.endDate ? parsePartialDate(fields.endDate, "end") : null;
  // The schema has checked both; a date it let through always parses.
  if (!start) throw new Error("unparsable start date");
  const endDay = fields.endDate || fields.startDate;
  const summary = writtenLanguages(fields.summary);
  return {
    kind: fields.kind,
    title: writtenLanguages(fields.title),
    summary: Object.keys(summary).length > 0 ? summary : undefined,
    startDate: start.date,
    startPrecision: start.precision,
    endDate: end?.date ?? null,
    endPrecision: end?.precision ?? null,
    startsAt: fields.startTime ? toInstant(fields.startDate, fields.startTime, fields.timeZone) : null,
    endsAt: fields.endTime ? toInstant(endDay, fields.endTime, fields.timeZone) : null,
    timeZone: fields.timeZone,
    location: fields.location || null,
    countryCode: fields.countryCode || null,
    isOnline: fields.isOnline,
    workingLanguages: fields.workingLanguages,
    contact: fields.contact || null,
    visibility: fields.visibility,
  };
}

/** "regional-workshop-on-labour-migration-2026-k3f9": readable, and unique without asking first. */
export function newActivitySlug(fields: TActivityFields): string {
  const title = fields.title.en || fields.title.fr || fields.title.es || "activity";
  const words = slugify(title, { lower: true, strict: true }).slice(0, 60).replace(/-+$/, "");
  return `${words || "activity"}-${fields.startDate.slice(0, 4)}-${randomBytes(3).toString("hex")}`;
}
