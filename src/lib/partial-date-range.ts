import type { TDatePrecision } from "./partial-date";

export type TDatedEdge = { date: Date; precision: TDatePrecision | null };

const DAY = 24 * 60 * 60 * 1000;

/**
 * Days within one month as French and Spanish write them: "14 et 15 avril 2005", "du 14 au
 * 17 avril 2005"; "14 y 15 de abril de 2005", "del 14 al 17 de abril de 2005". Null for any other
 * range (English, two months, or a date known only to the month or year), which is written
 * "start – end".
 */
export function sameMonthDayRange(locale: string, start: TDatedEdge, end: TDatedEdge): string | null {
  if (locale !== "fr" && locale !== "es") return null;
  if ((start.precision ?? "DAY") !== "DAY" || (end.precision ?? "DAY") !== "DAY") return null;
  const from = start.date;
  const to = end.date;
  if (from.getUTCFullYear() !== to.getUTCFullYear() || from.getUTCMonth() !== to.getUTCMonth()) return null;
  const first = from.getUTCDate();
  const last = to.getUTCDate();
  if (last <= first) return null;
  // "avril 2005", "abril de 2005"
  const monthYear = new Intl.DateTimeFormat(locale, {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(from);
  const isTwoDays = to.getTime() - from.getTime() === DAY;
  if (locale === "fr")
    return isTwoDays ? `${first} et ${last} ${monthYear}` : `du ${first} au ${last} ${monthYear}`;
  return isTwoDays ? `${first} y ${last} de ${monthYear}` : `del ${first} al ${last} de ${monthYear}`;
}
