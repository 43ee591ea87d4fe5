import { useTranslations } from "next-intl";
import { Section } from "~/components/ui/section";
import type { TCountry } from "~/server/country/data";
import { DataTable } from "./data-table";
import { Period } from "./period";
import { RcpCell } from "./rcp-cell";

/** The chairs, co-chairs and pro tempore presidencies a country holds or held. */
export function CountryChairTerms({ terms }: { terms: TCountry["chairTerms"] }) {
  const t = useTranslations("Country");
  const tRcp = useTranslations("Rcp");
  return (
    <Section id="chairs" title={t("chairsHeading")}>
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
    </Section>
  );
}
