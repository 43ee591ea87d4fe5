import { useTranslations } from "next-intl";
import type { TCountry } from "~/server/country/data";
import { DataTable } from "./data-table";
import { Period } from "./period";
import { RcpCell } from "./rcp-cell";

/** The chairs, co-chairs and pro tempore presidencies a country holds or held. */
export function CountryChairTerms({ terms }: { terms: TCountry["chairTerms"] }) {
  const t = useTranslations("Country");
  const tRcp = useTranslations("Rcp");
  return (
    <section aria-labelledby="chairs-heading" className="space-y-3">
      <h2 id="chairs-heading" className="text-xl font-semibold">
        {t("chairsHeading")}
      </h2>
      {terms.length === 0 ? (
        <p className="text-muted">{t("noChairs")}</p>
      ) : (
        <DataTable
          caption={t("chairsCaption")}
          columns={[t("detailColumn.process"), t("detailColumn.office"), t("detailColumn.period")]}
          rows={terms.map((term, index) => ({
            key: `${term.rcp.slug}-${term.role}-${index}`,
            cells: [
              <RcpCell key="rcp" rcp={term.rcp} />,
              tRcp(`chairRole.${term.role}`),
              <Period key="period" period={term} />,
            ],
          }))}
        />
      )}
    </section>
  );
}
