import { getTranslations } from "next-intl/server";
import { PageHeader } from "~/components/ui/page-header";
import { SEARCH_LIMITS } from "~/domain/search/schema";
import { loadSearch } from "~/features/search/load-search";
import { SearchExamples } from "~/features/search/search-examples";
import { SearchFilters } from "~/features/search/search-filters";
import { SearchResults } from "~/features/search/search-results";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";
import type { TSearchParams } from "~/lib/search-params";
import { requestCaller } from "~/trpc/server";

type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<TSearchParams> };

export const generateMetadata = titleMetadata("Search", "metaTitle");

// Per request: what a search finds depends on the reader's tier.
export default async function SearchPage({ params, searchParams }: TProps) {
  const locale = await pageLocale(params);
  const [{ state, results, options }, t] = await Promise.all([
    loadSearch(await requestCaller(), locale, await searchParams),
    getTranslations("Search"),
  ]);
  const q = state.kind === "start" ? "" : state.kind === "ready" ? state.input.q : state.q;
  const error =
    state.kind === "refused"
      ? { field: state.field, message: t(`errors.${state.reason}`, { max: SEARCH_LIMITS.query }) }
      : undefined;
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} intro={t("intro")} />
      <SearchFilters
        locale={locale}
        q={q.slice(0, SEARCH_LIMITS.query)}
        filters={state.filters}
        options={options}
        error={error}
      />
      {state.kind === "start" && (
        <div className="space-y-2">
          <p className="text-muted">{t("start")}</p>
          <SearchExamples />
        </div>
      )}
      {results && <SearchResults q={q} filters={state.filters} {...results} />}
    </div>
  );
}
