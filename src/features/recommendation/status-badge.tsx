import { useTranslations } from "next-intl";
import type { TRecommendationStatus } from "~/domain/recommendation/vocabulary";
import { STATUS_COLOURS } from "./status-colours";

/** A status in words, with its colour as a second cue only. */
export function StatusBadge({ status }: { status: TRecommendationStatus }) {
  const t = useTranslations("RecommendationStatus");
  return (
    <span className="inline-flex items-center gap-1.5 rounded-full border border-line px-2 py-0.5 text-xs font-medium">
      <span aria-hidden="true" className={`h-2 w-2 rounded-full ${STATUS_COLOURS[status]}`} />
      {t(status)}
    </span>
  );
}
