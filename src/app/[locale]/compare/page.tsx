import { getTranslations } from "next-intl/server";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { CompareChooser } from "~/features/compare/compare-chooser";
import { CompareTable } from "~/features/compare/compare-table";
import { loadMatrix } from "~/features/compare/load-matrix";
import { parseSelection, selectionQuery, toUrlSearchParams } from "~/features/compare/selection";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";
import type { TSearchParams } from "~/lib/search-params";

type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<TSearchParams> };

export const generateMetadata = titleMetadata("Compare", "title");

// Rendered per request, as the choice is in the address (without this, Next renders the page once
// for its cache and fails on reading the address); the matrix rows come from the data cache.
export const dynamic = "force-dynamic";

export default async function ComparePage({ params, searchParams }: TProps) {
  const locale = await pageLocale(params);
  const t = await getTranslations("Compare");
  const { matrix, headers } = await loadMatrix(locale);
  const selection = parseSelection(
    toUrlSearchParams(await searchParams),
    matrix.rows.map((row) => row.slug),
  );
  const chosen = selection.slugs.flatMap((slug) => matrix.rows.filter((row) => row.slug === slug));
  const [only] = chosen;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      {chosen.length === 0 && <Alert tone="info">{t("empty", { count: matrix.rows.length })}</Alert>}
      {chosen.length === 1 && only && <Alert tone="info">{t("onlyOne", { name: only.shortName })}</Alert>}
      <CompareChooser processes={matrix.rows} headers={headers} selection={selection} />
      {chosen.length >= 2 && (
        <section aria-labelledby="comparison-heading" className="space-y-3">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <h2 id="comparison-heading" className="text-xl font-semibold">
              {t("comparison", { count: chosen.length })}
            </h2>
            <Button asChild size="sm">
              <a href={`/${locale}/compare/csv${selectionQuery(selection)}`} download>
                {t("download")}
              </a>
            </Button>
          </div>
          <CompareTable processes={chosen} columns={selection.columns} headers={headers} />
        </section>
      )}
    </div>
  );
}
