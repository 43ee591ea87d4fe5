// An activity as its form edits it, read back from its columns.
import { TZDate } from "@date-fns/tz";
import type { TActivityFields } from "~/domain/activity/schema";
import type { TWorkingLanguage } from "~/domain/activity/working-languages";
import { formatPartialDate } from "~/lib/partial-date";
import type { TDb } from "~/server/db-client";
import { WHEN_WHERE_SELECT } from "./when-where-select";

type TTx = Parameters<Parameters<TDb["$transaction"]>[0]>[0];

const EDITABLE_SELECT = {
  id: true,
  version: true,
  status: true,
  kind: true,
  title: true,
  summary: true,
  ...WHEN_WHERE_SELECT,
  workingLanguages: true,
  contact: true,
  visibility: true,
  themes: { select: { theme: { select: { slug: true } } }, orderBy: { theme: { slug: "asc" } } },
} as const;

const clock = (instant: Date | null, timeZone: string) => {
  if (!instant) return "";
  const local = new TZDate(instant.getTime(), timeZone);
  return `${String(local.getHours()).padStart(2, "0")}:${String(local.getMinutes()).padStart(2, "0")}`;
};

const text = (value: unknown) =>
  value && typeof value === "object" ? (value as TActivityFields["summary"]) : {};

export async function readEditableActivity(db: TTx | TDb, id: string) {
  const row = await db.activity.findUnique({ where: { id }, select: EDITABLE_SELECT });
  if (!row) return null;
  // The documents' activities have no time zone: their dates are calendar dates anywhere.
  const timeZone = row.timeZone ?? "UTC";
  const fields: TActivityFields = {
    kind: row.kind,
    title: text(row.title),
    summary: text(row.summary),
    startDate: formatPartialDate(row.startDate, row.startPrecision),
    startTime: clock(row.startsAt, timeZone),
    endDate: row.endDate ? formatPartialDate(row.endDate, row.endPrecision ?? "DAY") : "",
    endTime: clock(row.endsAt, timeZone),
    timeZone,
    location: row.location ?? "",
    countryCode: row.countryCode ?? "",
    isOnline: row.isOnline,
    themes: row.themes.map((link) => link.theme.slug),
    workingLanguages: row.workingLanguages as TWorkingLanguage[],
    contact: row.contact ?? "",
    visibility: row.visibility,
  };
  return { id: row.id, version: row.version, status: row.status, fields };
}

export type TEditableActivity = NonNullable<Awaited<ReturnType<typeof readEditableActivity>>>;
