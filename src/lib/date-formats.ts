/** A moment such as a link's expiry, to the minute, in UTC and saying so (the server knows no reader's zone). */
export const MOMENT_UTC = {
  year: "numeric",
  month: "long",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
} as const;

/** A day, in UTC. */
export const DAY_UTC = { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" } as const;
