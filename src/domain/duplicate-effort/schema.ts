// What a duplicate-effort warning is asked about and what it answers, shared by the server and the
// panels that show it.
import { z } from "zod";
import { parseLocalDate } from "~/domain/activity/local-time";
import { ACTIVITY_LIMITS } from "~/domain/activity/vocabulary";
import { ZRecordId, ZSlug } from "~/lib/record-id";

/** Two activities this many days apart or closer (between the end of one and the start of the other) compete. */
export const DUPLICATE_WINDOW_DAYS = 60;
/** Enough to act on; more would be noise on a form. */
export const DUPLICATE_LIMIT = 10;

const ZDay = z.string().refine((value) => parseLocalDate(value) !== null, { params: { key: "date" } });

/** An activity being planned: the process planning it, its themes (slugs, as the form holds them) and dates. */
export const ZDuplicatePlanInput = z
  .object({
    rcpId: ZRecordId,
    themes: z.array(ZSlug).min(1).max(ACTIVITY_LIMITS.themes),
    startDate: ZDay,
    endDate: ZDay.optional(),
    /** The activity being edited, which must not warn about itself. */
    activityId: ZRecordId.optional(),
  })
  .strict()
  .refine((plan) => !plan.endDate || plan.endDate >= plan.startDate, {
    path: ["endDate"],
    params: { key: "endBeforeStart" },
  });
export type TDuplicatePlanInput = z.infer<typeof ZDuplicatePlanInput>;

export type TDuplicateHost = {
  slug: string;
  shortName: string;
  localizedNames: unknown;
  website: string | null;
};

/** Another process's activity that competes with the one planned. */
export type TDuplicateEffort = {
  activityId: string;
  slug: string;
  title: unknown;
  kind: string;
  startDate: string;
  endDate: string | null;
  location: string | null;
  isOnline: boolean;
  contact: string | null;
  hosts: TDuplicateHost[];
  sharedThemes: { slug: string; label: unknown }[];
  sharedMemberStates: number;
  /** Its start minus the planned start, in days: negative when it comes first. */
  daysFromPlan: number;
  /** Whether the two run on at least one common day. */
  isConcurrent: boolean;
};

export type TDuplicateEffortAnswer = {
  items: TDuplicateEffort[];
  /** The existing activity the warnings are about, whose hosts page invites co-hosts; null for a plan. */
  activityId: string | null;
};

const DAY_MS = 24 * 60 * 60 * 1000;

export const dayNumber = (isoDay: string) => Math.round(Date.parse(`${isoDay}T00:00:00Z`) / DAY_MS);

/** Days between two date ranges (0 when they share a day); ends default to the start. */
export function daysBetween(
  a: { start: string; end?: string | null },
  b: { start: string; end?: string | null },
): number {
  const [aStart, aEnd] = [dayNumber(a.start), dayNumber(a.end ?? a.start)];
  const [bStart, bEnd] = [dayNumber(b.start), dayNumber(b.end ?? b.start)];
  return Math.max(0, bStart - aEnd, aStart - bEnd);
}

/** Most shared member states first, then the closest, then most shared themes. */
export function compareDuplicates(
  a: Pick<TDuplicateEffort, "sharedMemberStates" | "sharedThemes"> & { gap: number },
  b: Pick<TDuplicateEffort, "sharedMemberStates" | "sharedThemes"> & { gap: number },
): number {
  return (
    b.sharedMemberStates - a.sharedMemberStates ||
    a.gap - b.gap ||
    b.sharedThemes.length - a.sharedThemes.length
  );
}
