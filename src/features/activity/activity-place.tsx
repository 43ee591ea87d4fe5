import { useLocale, useTranslations } from "next-intl";
import { countryName } from "~/domain/country/names";

type TPlace = { location: string | null; countryCode: string | null; isOnline: boolean };

/** "Perth, Australia · Online": the city as written, the country in the reader's language. */
export function placeText(place: TPlace, locale: Parameters<typeof countryName>[1], online: string): string {
  const site = [place.location, place.countryCode ? countryName(place.countryCode, locale) : null]
    .filter(Boolean)
    .join(", ");
  return [site, place.isOnline ? online : null].filter(Boolean).join(" · ");
}

export function ActivityPlace(place: TPlace) {
  const locale = useLocale();
  const t = useTranslations("Activities");
  return <>{placeText(place, locale, t("online"))}</>;
}
