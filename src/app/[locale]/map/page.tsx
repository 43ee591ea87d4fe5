import { CoveragePage } from "~/features/country/coverage-page";
import { mapCountries } from "~/features/country/map-countries";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";
import { publicCaller } from "~/trpc/server";

type TProps = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("CoverageMap", "title");

export default async function MapPage({ params }: TProps) {
  const locale = await pageLocale(params);
  const countries = await publicCaller.country.list();
  return <CoveragePage countries={mapCountries(countries, locale)} />;
}
