import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CountryIndex } from "~/features/country/country-index";
import { indexRows } from "~/features/country/index-rows";
import { pageLocale } from "~/i18n/page-locale";
import { publicCaller } from "~/trpc/server";

type TProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Country" });
  return { title: t("indexTitle") };
}

export default async function CountriesPage({ params }: TProps) {
  const locale = await pageLocale(params);
  const countries = await publicCaller.country.list();
  return <CountryIndex rows={indexRows(countries, locale)} />;
}
