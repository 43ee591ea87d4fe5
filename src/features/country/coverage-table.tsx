import { useFormatter, useTranslations } from "next-intl";
import { PlainLink } from "~/components/ui/plain-link";
import { DataTable } from "./data-table";
import type { TMapCountry } from "./map-countries";
import { TerritoryBadge } from "./territory-badge";

/** The map as a table: every member country, including those too small to draw. */
export function CoverageTable({ countries }: { countries: TMapCountry[] }) {
  const t = useTranslations("CoverageMap");
  const format = useFormatter();
  return (
    <DataTable
      caption={t("tableCaption")}
      columns={[t("column.country"), t("column.count"), t("column.rcps")]}
      rows={countries.map((country) => ({
        key: country.code,
        cells: [
          <>
            <PlainLink href={`/countries/${country.code}`} className="font-medium">
              {country.name}
            </PlainLink>
            {country.isTerritory && <TerritoryBadge className="ml-1" />}
          </>,
          country.memberOf.length,
          format.list(country.memberOf),
        ],
      }))}
    />
  );
}
