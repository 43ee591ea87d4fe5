import { TZDate } from "@date-fns/tz";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

let zones: ReadonlySet<string> | undefined;

/** An IANA time zone name the runtime knows ("Europe/Budapest"), or UTC. */
export function isTimeZone(value: string): boolean {
  zones ??= new Set([...Intl.supportedValuesOf("timeZone"), "UTC"]);
  return zones.has(value);
}

/** "2026-05-12" as a calendar date, or null for a day that does not exist. */
export function parseLocalDate(value: string): { year: number; month: number; day: number } | null {
  const match = DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return { year, month, day };
}

export function isLocalTime(value: string): boolean {
  return TIME.test(value);
}

/**
 * The instant a wall-clock time names in a time zone: "2026-05-12" "09:30" in Asia/Bangkok is
 * 02:30 UTC. A time skipped by a clock change moves forward, as clocks do.
 */
export function toInstant(date: string, time: string, timeZone: string): Date | null {
  const day = parseLocalDate(date);
  const clock = TIME.exec(time);
  if (!day || !clock || !isTimeZone(timeZone)) return null;
  const local = new TZDate(day.year, day.month - 1, day.day, Number(clock[1]), Number(clock[2]), timeZone);
  return new Date(local.getTime());
}
