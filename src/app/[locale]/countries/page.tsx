import { CountryIndex } from "~/features/country/country-index";
import { indexRows } from "~/features/country/index-rows";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";
import { publicCaller } from "~/trpc/server";

type TProps = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("Country", "indexTitle");

export default async function CountriesPage({ params }: TProps) {
  const locale = await pageLocale(params);
  const countries = await publicCaller.country.list();
  return <CountryIndex rows={indexRows(countries, locale)} />;
}
