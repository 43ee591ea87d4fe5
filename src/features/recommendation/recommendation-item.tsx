import { useLocale, useTranslations } from "next-intl";
import { LocalizedText } from "~/components/ui/localized-text";
import { PlainLink } from "~/components/ui/plain-link";
import type { TRecommendationStatus } from "~/domain/recommendation/vocabulary";
import { resolveText } from "~/lib/localized-text";
import { FollowUpEntry, type TFollowUp } from "./follow-up-entry";
import { StatusBadge } from "./status-badge";

export type TRecommendationRow = {
  id: string;
  number: number;
  text: Record<string, string>;
  status: TRecommendationStatus;
  themes: { slug: string; label: unknown }[];
  history?: TFollowUp[];
};

/** One numbered recommendation: its text, status, themes (each opening its page) and history. */
export function RecommendationItem({
  item,
  context,
  actions,
}: {
  item: TRecommendationRow;
  context?: React.ReactNode;
  /** The editors' forms for this item. */
  actions?: React.ReactNode;
}) {
  const t = useTranslations("RecommendationView");
  const locale = useLocale();
  const [latest] = item.history ?? [];
  return (
    <li className="space-y-2 rounded-card border border-line bg-surface p-4" data-testid="recommendation">
      <div className="flex flex-wrap items-center gap-3">
        <span className="font-semibold">{t("number", { number: item.number })}</span>
        <StatusBadge status={item.status} />
      </div>
      {context}
      <LocalizedText value={item.text} as="p" className="whitespace-pre-line" />
      {item.themes.length > 0 && (
        <ul aria-label={t("themes")} className="flex flex-wrap gap-1">
          {item.themes.map((theme) => (
            <li key={theme.slug}>
              <PlainLink
                href={`/themes/${theme.slug}/recommendations`}
                className="inline-block rounded-full bg-brand-soft px-2 py-0.5 text-xs text-brand-strong hover:underline"
              >
                {resolveText(theme.label, locale).text}
              </PlainLink>
            </li>
          ))}
        </ul>
      )}
      {item.history &&
        (latest ? (
          <>
            <FollowUpEntry entry={latest} />
            {item.history.length > 1 && (
              <details className="text-sm">
                <summary className="cursor-pointer font-medium">{t("history")}</summary>
                <ol className="mt-2 space-y-3">
                  {item.history.slice(1).map((entry) => (
                    <li key={entry.id}>
                      <FollowUpEntry entry={entry} />
                    </li>
                  ))}
                </ol>
              </details>
            )}
          </>
        ) : (
          <p className="text-sm text-muted">{t("noHistory")}</p>
        ))}
      {actions}
    </li>
  );
}
