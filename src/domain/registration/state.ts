import type { TRegistrationState } from "./vocabulary";

type TWindow = { opensAt: Date; closesAt: Date };
type TActivityTiming = {
  status: "SCHEDULED" | "POSTPONED" | "CANCELLED";
  startsAt: Date | null;
  startDate: Date;
};

/** When an activity begins: its exact start, else the start of its first day (UTC). */
export const activityStart = (activity: Pick<TActivityTiming, "startsAt" | "startDate">) =>
  activity.startsAt ?? activity.startDate;

/**
 * Where registration stands. It closes at its closing time or when the activity starts, whichever
 * comes first; nothing moves (no registration, no promotion) outside OPEN.
 */
export function registrationState(
  settings: TWindow | null,
  activity: TActivityTiming,
  now: Date,
): TRegistrationState {
  if (!settings) return "NONE";
  if (activity.status === "CANCELLED") return "CANCELLED";
  if (now < settings.opensAt) return "NOT_YET_OPEN";
  if (now >= settings.closesAt || now >= activityStart(activity)) return "CLOSED";
  return "OPEN";
}
