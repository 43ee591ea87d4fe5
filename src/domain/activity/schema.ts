// An activity as a secretariat enters it: one schema for the form and for the server, so both
// apply the same rules. Types only change through `.trim()`, so the form's values and the parsed
// result have the same shape.
import { z } from "zod";
import { isIsoCountryCode } from "~/lib/participant-code";
import { multiLineText, singleLineText } from "~/lib/plain-text";
import { ZRecordId, ZSlug } from "~/lib/record-id";
import { parsePartialDate } from "~/lib/partial-date";
import { isLocalTime, isTimeZone, parseLocalDate } from "./local-time";
import { ACTIVITY_KINDS, ACTIVITY_LIMITS, VISIBILITIES } from "./vocabulary";
import { REGIONS } from "~/domain/rcp/regions";
import { WORKING_LANGUAGES } from "./working-languages";

/** A custom issue carries the key of its message; the form translates it. */
const issue = (key: string, path: PropertyKey[] = []) => ({ code: "custom" as const, params: { key }, path });

const ZTitleText = singleLineText().max(ACTIVITY_LIMITS.title);
const ZSummaryText = multiLineText().max(ACTIVITY_LIMITS.summary);

/** Written in any of the three languages; the others are shown from it, marked. */
export const ZActivityTitle = z
  .object({ en: ZTitleText.optional(), fr: ZTitleText.optional(), es: ZTitleText.optional() })
  .strict()
  .superRefine((title, ctx) => {
    if (!title.en && !title.fr && !title.es) ctx.addIssue(issue("titleRequired"));
  });

export const ZActivitySummary = z
  .object({ en: ZSummaryText.optional(), fr: ZSummaryText.optional(), es: ZSummaryText.optional() })
  .strict();

/** "2026-05-12", or "2004-05" / "2004" for the documents' activities known to the month or year. */
const ZDate = z
  .string()
  .refine((value) => parsePartialDate(value, "start") !== null, { params: { key: "date" } });
const ZOptionalDate = z
  .string()
  .refine((value) => value === "" || parsePartialDate(value, "start") !== null, { params: { key: "date" } });
const ZOptionalTime = z
  .string()
  .refine((value) => value === "" || isLocalTime(value), { params: { key: "time" } });

function yearInRange(value: string): boolean {
  const year = parsePartialDate(value, "start")?.date.getUTCFullYear();
  return year === undefined || (year >= ACTIVITY_LIMITS.earliestYear && year <= ACTIVITY_LIMITS.latestYear);
}

const isFullDate = (value: string) => parseLocalDate(value) !== null;

export const ZActivityFields = z
  .object({
    kind: z.enum(ACTIVITY_KINDS),
    title: ZActivityTitle,
    summary: ZActivitySummary,
    startDate: ZDate.refine(yearInRange, { params: { key: "yearRange" } }),
    startTime: ZOptionalTime,
    endDate: ZOptionalDate.refine(yearInRange, { params: { key: "yearRange" } }),
    endTime: ZOptionalTime,
    timeZone: z
      .string()
      .max(64)
      .refine(isTimeZone, { params: { key: "timeZone" } }),
    location: singleLineText().max(ACTIVITY_LIMITS.location),
    countryCode: z
      .string()
      .refine((value) => value === "" || isIsoCountryCode(value), { params: { key: "country" } }),
    isOnline: z.boolean(),
    themes: z.array(ZSlug).max(ACTIVITY_LIMITS.themes),
    workingLanguages: z.array(z.enum(WORKING_LANGUAGES)).max(ACTIVITY_LIMITS.workingLanguages),
    contact: singleLineText().max(ACTIVITY_LIMITS.contact),
    visibility: z.enum(VISIBILITIES),
  })
  .strict()
  .superRefine((activity, ctx) => {
    const start = parsePartialDate(activity.startDate, "start");
    const end = parsePartialDate(activity.endDate || activity.startDate, "end");
    if (start && end && end.date < start.date) ctx.addIssue(issue("endBeforeStart", ["endDate"]));
    else if (
      (activity.endDate || activity.startDate) === activity.startDate &&
      activity.startTime &&
      activity.endTime &&
      activity.endTime < activity.startTime
    ) {
      ctx.addIssue(issue("endBeforeStart", ["endTime"]));
    }
    if (activity.endTime && !activity.startTime) ctx.addIssue(issue("startTimeRequired", ["startTime"]));
    // A time belongs to a day: "May 2004, 09:00" means nothing.
    if (activity.startTime && !isFullDate(activity.startDate))
      ctx.addIssue(issue("fullDateForTime", ["startDate"]));
    if (activity.endTime && activity.endDate && !isFullDate(activity.endDate)) {
      ctx.addIssue(issue("fullDateForTime", ["endDate"]));
    }
    if (!activity.location && !activity.countryCode && !activity.isOnline) {
      ctx.addIssue(issue("placeRequired", ["location"]));
    }
    if (new Set(activity.themes).size !== activity.themes.length)
      ctx.addIssue(issue("duplicate", ["themes"]));
    if (new Set(activity.workingLanguages).size !== activity.workingLanguages.length) {
      ctx.addIssue(issue("duplicate", ["workingLanguages"]));
    }
  });

export type TActivityFields = z.infer<typeof ZActivityFields>;

export const ZVersion = z.number().int().min(1).max(2_147_483_647);

export const ZActivityRefInput = z.object({ activityId: ZRecordId });
export const ZActivitySlugInput = z.object({ slug: ZSlug });

const ZDay = z.string().refine((value) => parseLocalDate(value) !== null, { params: { key: "date" } });

/** The list's filters, as the page's query string gives them. */
export const ZActivityListInput = z
  .object({
    when: z.enum(["upcoming", "past"]).default("upcoming"),
    kind: z.enum(ACTIVITY_KINDS).optional(),
    rcp: ZSlug.optional(),
    /** Held by (at least one host in) an RCP of this region. */
    region: z.enum(REGIONS).optional(),
    theme: ZSlug.optional(),
    country: z
      .string()
      .refine(isIsoCountryCode, { params: { key: "country" } })
      .optional(),
    from: ZDay.optional(),
    to: ZDay.optional(),
    /** Keyset: the page after (or, going back, before) this row. */
    cursor: z
      .object({ startDate: ZDay, id: ZRecordId, direction: z.enum(["after", "before"]).default("after") })
      .strict()
      .optional(),
  })
  .strict();
