/** Dates as precise as the source gives them: "2003", "2004-05" or "2005-04-14". */
export type TDatePrecision = "YEAR" | "MONTH" | "DAY";
export type TPartialDate = { date: Date; precision: TDatePrecision };

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isPartialDate(value: string): boolean {
  return parsePartialDate(value, "start") !== null;
}

/**
 * "start" gives the first day of the period, "end" its last day, so that "member until 2003"
 * still counts on 2003-12-31.
 */
export function parsePartialDate(value: string, edge: "start" | "end"): TPartialDate | null {
  const match = PATTERN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : undefined;
  const day = match[3] ? Number(match[3]) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined) {
    const date = new Date(Date.UTC(year, (month ?? 1) - 1, day));
    if (date.getUTCDate() !== day) return null;
    return { date, precision: "DAY" };
  }
  if (month !== undefined) {
    const date =
      edge === "start" ? new Date(Date.UTC(year, month - 1, 1)) : new Date(Date.UTC(year, month, 0));
    return { date, precision: "MONTH" };
  }
  const date = edge === "start" ? new Date(Date.UTC(year, 0, 1)) : new Date(Date.UTC(year, 11, 31));
  return { date, precision: "YEAR" };
}

/** Back to the form it was given in, e.g. for display or export. */
export function formatPartialDate(date: Date, precision: TDatePrecision): string {
  const iso = date.toISOString().slice(0, 10);
  if (precision === "YEAR") return iso.slice(0, 4);
  if (precision === "MONTH") return iso.slice(0, 7);
  return iso;
}
