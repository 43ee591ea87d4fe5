import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import es from "i18n-iso-countries/langs/es.json";
import fr from "i18n-iso-countries/langs/fr.json";
import type { TLocale } from "~/i18n/routing";

countries.registerLocale(en);
countries.registerLocale(fr);
countries.registerLocale(es);

/** Territories listed by the RCPs in their own right; everything else with an ISO code is a state. */
export const TERRITORY_CODES: ReadonlySet<string> = new Set(["HK", "MO", "NC"]);

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

export function countryName(code: string, locale: TLocale): string {
  return countries.getName(code, locale, { select: "official" }) ?? code;
}
