import type { TRecommendationStatus } from "~/domain/recommendation/vocabulary";

/** Tailwind classes per status: a second cue beside the words, never the only one. */
export const STATUS_COLOURS: Record<TRecommendationStatus, string> = {
  IMPLEMENTED: "bg-emerald-600",
  PARTLY_IMPLEMENTED: "bg-emerald-300",
  IN_PROGRESS: "bg-sky-500",
  NOT_STARTED: "bg-slate-300",
  DISCONTINUED: "bg-rose-400",
  NO_LONGER_RELEVANT: "bg-amber-300",
};
