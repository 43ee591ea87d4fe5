import { useFormatter, useLocale, useTranslations } from "next-intl";
import { PageHeader } from "~/components/ui/page-header";
import { Link } from "~/i18n/navigation";
import { CoverageLegend } from "./coverage-legend";
import { CoverageMap } from "./coverage-map";
import { coverageClasses } from "./coverage-scale";
import { CoverageTable } from "./coverage-table";
import type { TMapCountry } from "./map-countries";
import { worldShapes } from "./world-shapes";

/** The coverage map, its legend and the table that says the same in words. */
export function CoveragePage({ countries }: { countries: TMapCountry[] }) {
  const t = useTranslations("CoverageMap");
  const format = useFormatter();
  const locale = useLocale();
  const classes = coverageClasses(Math.max(0, ...countries.map((country) => country.memberOf.length)));
  const drawn = new Set(worldShapes().shapes.map((shape) => shape.code));
  const notDrawn = countries
    .filter((country) => !drawn.has(country.code))
    .map((country) => country.name)
    .sort(new Intl.Collator(locale).compare);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      {countries.length === 0 ? (
        <p className="rounded-card border border-line bg-surface p-4">{t("empty")}</p>
      ) : (
        <>
          <a
            href="#coverage-table"
            className="sr-only rounded bg-surface px-3 py-2 font-medium focus:not-sr-only focus:inline-block"
          >
            {t("skipMap")}
          </a>
          <figure className="space-y-3 rounded-card border border-line bg-surface p-3">
            <CoverageMap countries={countries} classes={classes} />
            <figcaption>
              <CoverageLegend classes={classes} />
            </figcaption>
          </figure>
          {notDrawn.length > 0 && (
            <p className="text-sm text-muted">{t("notOnMap", { names: format.list(notDrawn) })}</p>
          )}
          <section aria-labelledby="coverage-table" className="space-y-3">
            <h2 id="coverage-table" tabIndex={-1} className="text-xl font-semibold focus:outline-none">
              {t("tableHeading")}
            </h2>
            <CoverageTable countries={countries} />
          </section>
        </>
      )}
      <p>
        <Link href="/countries">{t("indexLink")}</Link>
      </p>
    </div>
  );
}
