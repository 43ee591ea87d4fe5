import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CountryProfile } from "~/features/country/country-profile";
import { redirect } from "~/i18n/navigation";
import { pageLocale } from "~/i18n/page-locale";
import { countryName, formerCountryNames } from "~/domain/country/names";
import { publicCaller } from "~/trpc/server";

type TProps = { params: Promise<{ locale: string; code: string }> };

export function generateStaticParams() {
  return [];
}

// Shared by the metadata and the page: one query per request.
const loadCountry = cache(async (code: string) => {
  try {
    return await publicCaller.country.get({ code });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const country = await loadCountry((await params).code);
  const t = await getTranslations({ locale, namespace: "Country" });
  return { title: t("metaTitle", { name: countryName(country.code, locale) }) };
}

export default async function CountryPage({ params }: TProps) {
  const locale = await pageLocale(params);
  const { code } = await params;
  const country = await loadCountry(code);
  // One address per country: /en/countries/th answers from /en/countries/TH.
  if (code !== country.code) redirect({ href: `/countries/${country.code}`, locale });
  return (
    <CountryProfile
      country={country}
      name={countryName(country.code, locale)}
      formerNames={formerCountryNames(country.code, locale)}
    />
  );
}
