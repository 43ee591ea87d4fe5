import { useTranslations } from "next-intl";
import { RECOMMENDATION_STATUSES, type TRecommendationStatus } from "~/domain/recommendation/vocabulary";
import { STATUS_COLOURS } from "./status-colours";

type TProps = { total: number; counts: Partial<Record<TRecommendationStatus, number>> };

/**
 * The overview of a document's recommendations: one stacked bar, drawn for the eye only, and the
 * same numbers as a labelled list that screen readers and colour-blind readers rely on.
 */
export function ProgressBar({ total, counts }: TProps) {
  const t = useTranslations("RecommendationView");
  const tStatus = useTranslations("RecommendationStatus");
  const present = RECOMMENDATION_STATUSES.filter((status) => (counts[status] ?? 0) > 0);
  return (
    <figure className="space-y-2" aria-labelledby="progress-caption">
      <figcaption id="progress-caption" className="font-semibold">
        {t("progress")} — {t("progressTotal", { count: total })}
      </figcaption>
      <div aria-hidden="true" className="flex h-4 w-full overflow-hidden rounded-full bg-canvas">
        {present.map((status) => (
          <div
            key={status}
            className={STATUS_COLOURS[status]}
            style={{ width: `${((counts[status] ?? 0) / Math.max(total, 1)) * 100}%` }}
          />
        ))}
      </div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" data-testid="recommendation-progress">
        {present.map((status) => (
          <li key={status} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={`h-2.5 w-2.5 rounded-full ${STATUS_COLOURS[status]}`} />
            {t("segment", { status: tStatus(status), count: counts[status] ?? 0 })}
          </li>
        ))}
      </ul>
    </figure>
  );
}
