import { useFormatter, useTranslations } from "next-intl";
import { Pager } from "~/components/ui/pagination";
import { PlainLink } from "~/components/ui/plain-link";
import { SEARCH_LIMITS, type TSearchType } from "~/domain/search/schema";
import { queryString } from "~/lib/search-params";
import { Highlighted } from "./highlighted";
import { SearchExamples } from "./search-examples";
import type { TSearchFilters } from "./search-params";

export type TSearchResult = {
  type: TSearchType;
  key: string;
  title: string;
  snippet: string;
  activitySlug: string | null;
  date: Date | null;
};

type TProps = {
  q: string;
  filters: TSearchFilters;
  hits: TSearchResult[];
  page: number;
  hasNext: boolean;
  /** More activities and documents matched than are ranked: the reader is told, not misled. */
  isCapped: boolean;
};

const hrefOf = (hit: TSearchResult) => {
  switch (hit.type) {
    case "RCP":
      return `/rcps/${hit.key}`;
    case "ACTIVITY":
      return `/activities/${hit.key}`;
    case "DOCUMENT":
      return `/activities/${hit.activitySlug ?? ""}`;
    case "COUNTRY":
      return `/countries/${hit.key}`;
  }
};

/** The ranked results with their matches marked, or what to try when there are none. */
export function SearchResults({ q, filters, hits, page, hasNext, isCapped }: TProps) {
  const t = useTranslations("Search");
  const format = useFormatter();
  const pageHref = (to: number) =>
    `/search${queryString({ q, ...filters, page: to === 1 ? undefined : to })}`;
  if (hits.length === 0 && page === 1) {
    return (
      <section
        aria-labelledby="search-empty"
        className="space-y-2 rounded-card border border-line bg-surface p-6"
      >
        <h2 id="search-empty" className="text-xl font-semibold">
          {t("emptyTitle", { q })}
        </h2>
        <p className="text-muted">{t("emptyTry")}</p>
        <SearchExamples />
      </section>
    );
  }
  return (
    <section aria-labelledby="search-results" className="space-y-4">
      <h2 id="search-results" className="text-xl font-semibold">
        {t("results", { q })}
        {page > 1 && <span className="font-normal text-muted"> — {t("page", { page })}</span>}
      </h2>
      {isCapped && <p className="text-sm text-muted">{t("capped", { count: SEARCH_LIMITS.candidates })}</p>}
      <ol className="space-y-4">
        {hits.map((hit) => (
          <li
            key={`${hit.type}:${hit.key}`}
            className="space-y-1 rounded-card border border-line bg-surface p-4"
          >
            <p className="text-sm text-muted">
              {t(`types.${hit.type}`)}
              {hit.date && <> · {format.dateTime(hit.date, { dateStyle: "medium", timeZone: "UTC" })}</>}
            </p>
            <h3 className="text-lg font-semibold">
              <PlainLink href={hrefOf(hit)}>
                <Highlighted text={hit.title} />
              </PlainLink>
            </h3>
            {hit.snippet && (
              <p className="text-sm">
                <Highlighted text={hit.snippet} />
              </p>
            )}
            {hit.type === "DOCUMENT" && (
              <p className="text-sm">
                <a href={`/api/documents/${hit.key}`} className="font-medium">
                  {t("download")}
                </a>
              </p>
            )}
          </li>
        ))}
      </ol>
      <Pager
        label={t("pages")}
        previous={page > 1 ? { href: pageHref(page - 1), label: t("previous") } : undefined}
        next={hasNext ? { href: pageHref(page + 1), label: t("next") } : undefined}
      />
    </section>
  );
}
