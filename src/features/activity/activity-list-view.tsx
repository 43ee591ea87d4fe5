import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Pager } from "~/components/ui/pagination";
import { ActivityCard, type TActivitySummary } from "./activity-card";
import { cursorParam, listHref, type TListFilterKey } from "./list-query";

type TCursor = { startDate: string; id: string } | null;

type TProps = {
  path: string;
  filters: Partial<Record<TListFilterKey, string>>;
  ignored: readonly string[];
  items: readonly TActivitySummary[];
  nextCursor: TCursor;
  previousCursor: TCursor;
  /** What the reader can do about an empty list, beyond clearing the filters. */
  emptyAction?: ReactNode;
};

/** The activities of one page of a list, the links to the pages around it, and what to do if empty. */
export function ActivityListView({
  path,
  filters,
  ignored,
  items,
  nextCursor,
  previousCursor,
  emptyAction,
}: TProps) {
  const t = useTranslations("ActivitiesList");
  return (
    <div className="space-y-4">
      {ignored.length > 0 && (
        <p role="status" className="rounded-card bg-warning-soft p-3 text-sm text-warning">
          {t("ignored", {
            names: ignored.map((key) => (isFilterLabel(key) ? t(key) : t("pages"))).join(", "),
          })}
        </p>
      )}
      {items.length === 0 ? (
        <div className="space-y-2 rounded-card border border-line bg-surface p-4">
          <p className="font-medium">{t("empty")}</p>
          <p className="text-sm text-muted">{t("emptyHint")}</p>
          {emptyAction}
        </div>
      ) : (
        <ol className="space-y-3">
          {items.map((activity) => (
            <ActivityCard key={activity.slug} activity={activity} />
          ))}
        </ol>
      )}
      <Pager
        label={t("pages")}
        previous={
          previousCursor
            ? { href: listHref(path, filters, { before: cursorParam(previousCursor) }), label: t("previous") }
            : undefined
        }
        next={
          nextCursor
            ? { href: listHref(path, filters, { after: cursorParam(nextCursor) }), label: t("next") }
            : undefined
        }
      />
    </div>
  );
}

const FILTER_LABELS = ["when", "kind", "theme", "region", "rcp", "country", "from", "to"] as const;
const isFilterLabel = (key: string): key is (typeof FILTER_LABELS)[number] =>
  (FILTER_LABELS as readonly string[]).includes(key);
