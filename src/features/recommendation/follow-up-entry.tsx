import { useFormatter, useLocale, useTranslations } from "next-intl";
import { countryName } from "~/domain/country/names";
import type { TRecommendationStatus } from "~/domain/recommendation/vocabulary";
import { DAY_UTC } from "~/lib/date-formats";
import { StatusBadge } from "./status-badge";

export type TFollowUp = {
  id: string;
  status: TRecommendationStatus;
  date: string;
  rcp: { slug: string; shortName: string };
  memberStates: string[];
  evidenceText: string | null;
  evidenceUrl: string | null;
  evidenceDocument: { id: string; title: string } | null;
  recordedBy: string | null;
};

/** One status change: what, when, by whom, and the evidence given. */
export function FollowUpEntry({ entry }: { entry: TFollowUp }) {
  const t = useTranslations("RecommendationView");
  const locale = useLocale();
  const format = useFormatter();
  const states = entry.memberStates.map((code) => countryName(code, locale)).join(", ");
  return (
    <div className="space-y-1 text-sm">
      <p className="flex flex-wrap items-center gap-2">
        <StatusBadge status={entry.status} />
        <span>{t("on", { date: format.dateTime(new Date(`${entry.date}T00:00:00Z`), DAY_UTC) })}</span>
        <span className="text-muted">
          {states
            ? t("byStates", { states, rcp: entry.rcp.shortName })
            : t("byWhole", { rcp: entry.rcp.shortName })}
        </span>
      </p>
      {(entry.evidenceText || entry.evidenceUrl || entry.evidenceDocument) && (
        <div className="border-l-2 border-line pl-3">
          <p className="font-medium">{t("evidence")}</p>
          {entry.evidenceText && <p className="whitespace-pre-line">{entry.evidenceText}</p>}
          {entry.evidenceUrl && (
            <p>
              <a href={entry.evidenceUrl} rel="noopener noreferrer nofollow" className="break-all">
                {entry.evidenceUrl}
              </a>
            </p>
          )}
          {entry.evidenceDocument && (
            <p>
              <a href={`/api/documents/${entry.evidenceDocument.id}`}>
                {t("evidenceDocument", { title: entry.evidenceDocument.title })}
              </a>
            </p>
          )}
        </div>
      )}
      {entry.recordedBy && (
        <p className="text-xs text-muted">{t("recordedBy", { name: entry.recordedBy })}</p>
      )}
    </div>
  );
}
