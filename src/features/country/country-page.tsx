import { TRPCError } from "@trpc/server";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache, type ReactNode } from "react";
import { countryName, formerCountryNames } from "~/domain/country/names";
import { ActivitySection } from "~/features/activity/activity-section";
import { loadActivitySection } from "~/features/activity/load-activity-section";
import { redirect } from "~/i18n/navigation";
import type { TLocale } from "~/i18n/routing";
import { publicCaller } from "~/trpc/server";
import { CountryProfile } from "./country-profile";

// Shared by the metadata and the page: one query per request.
export const loadCountry = cache(async (code: string) => {
  try {
    return await publicCaller.country.get({ code });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
});

export async function countryTitle(code: string, locale: TLocale) {
  const country = await loadCountry(code);
  const t = await getTranslations({ locale, namespace: "Country" });
  return t("metaTitle", { name: countryName(country.code, locale) });
}

/**
 * A country's page: its memberships (public) and the activities held there, read as the reader
 * may see them ("public" on the cached page, "request" on its per-request twin).
 */
export async function CountryPage(props: {
  code: string;
  locale: TLocale;
  reader: "public" | "request";
  /** The signed-in reader's Follow button, given the country's code; only the per-request twin has one. */
  follow?: (code: string) => ReactNode;
}) {
  const { code, locale } = props;
  const country = await loadCountry(code);
  // One address per country: /en/countries/th answers from /en/countries/TH.
  if (code !== country.code) redirect({ href: `/countries/${country.code}`, locale });
  const [activities, t] = await Promise.all([
    loadActivitySection({ country: country.code }, props.reader),
    getTranslations({ locale, namespace: "ActivitiesList" }),
  ]);
  return (
    <CountryProfile
      country={country}
      name={countryName(country.code, locale)}
      formerNames={formerCountryNames(country.code, locale)}
      follow={props.follow?.(country.code)}
      activities={
        <ActivitySection
          title={t("countryTitle")}
          items={activities}
          empty={t("countryEmpty")}
          more={{ href: `/activities?country=${country.code}`, label: t("countryMore") }}
        />
      }
    />
  );
}
