import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CoveragePage } from "~/features/country/coverage-page";
import { mapCountries } from "~/features/country/map-countries";
import { pageLocale } from "~/i18n/page-locale";
import { publicCaller } from "~/trpc/server";

type TProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "CoverageMap" });
  return { title: t("title") };
}

export default async function MapPage({ params }: TProps) {
  const locale = await pageLocale(params);
  const countries = await publicCaller.country.list();
  return <CoveragePage countries={mapCountries(countries, locale)} />;
}
