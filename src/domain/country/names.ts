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
  const name = countries.getName(code, locale, { select: "official" });
  return name ? uninvert(name) : code;
}

/**
 * The ISO list sorts a few names on their main word ("Moldova, Republic of", "Congo (República
 * Democrática del)"); in a sentence or a list they read in their natural order.
 */
export function uninvert(name: string): string {
  const comma = /^(.+), (.+ of)$/.exec(name);
  if (comma) return `${comma[2]} ${comma[1]}`;
  const bracket = /^(.+) \((.+ del?)\)$/.exec(name);
  if (bracket) return `${bracket[2]} ${bracket[1]}`;
  return name;
}

/** Every name the ISO list knows for it in that language and in English ("UK", "Turkey"), for search. */
export function countryNameVariants(code: string, locale: TLocale): string[] {
  const names = [
    ...(countries.getName(code, locale, { select: "all" }) ?? []),
    ...(countries.getName(code, "en", { select: "all" }) ?? []),
  ];
  return [...new Set(names)];
}
