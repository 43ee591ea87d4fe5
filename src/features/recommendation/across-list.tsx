import { useLocale, useTranslations } from "next-intl";
import { Pager } from "~/components/ui/pagination";
import { PlainLink } from "~/components/ui/plain-link";
import { resolveText } from "~/lib/localized-text";
import { RecommendationItem, type TRecommendationRow } from "./recommendation-item";

type TAcrossRow = TRecommendationRow & {
  document: { id: string; title: string };
  activity: { slug: string; title: Record<string, string> };
  hosts: { slug: string; shortName: string }[];
};

/** Recommendations from many outcomes, each saying where it comes from; paged by keyset. */
export function AcrossList({
  items,
  nextHref,
  empty,
}: {
  items: TAcrossRow[];
  nextHref: string | null;
  empty: string;
}) {
  const t = useTranslations("RecommendationView");
  const locale = useLocale();
  if (items.length === 0) return <p className="text-muted">{empty}</p>;
  return (
    <div className="space-y-4">
      <ul className="space-y-3">
        {items.map((item) => (
          <RecommendationItem
            key={item.id}
            item={item}
            context={
              <p className="text-sm text-muted">
                <PlainLink href={`/recommendations/${item.document.id}`}>
                  {t("from", {
                    document: item.document.title,
                    activity: resolveText(item.activity.title, locale).text,
                  })}
                </PlainLink>{" "}
                · {item.hosts.map((host) => host.shortName).join(", ")}
              </p>
            }
          />
        ))}
      </ul>
      <Pager label={t("title")} next={nextHref ? { href: nextHref, label: t("next") } : undefined} />
    </div>
  );
}
