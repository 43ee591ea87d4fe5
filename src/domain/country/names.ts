import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import es from "i18n-iso-countries/langs/es.json";
import fr from "i18n-iso-countries/langs/fr.json";
import type { TLocale } from "~/i18n/routing";
import { DISPLAY_NAMES, OTHER_NAMES } from "./other-names";

countries.registerLocale(en);
countries.registerLocale(fr);
countries.registerLocale(es);

/** Territories listed by the RCPs in their own right; everything else with an ISO code is a state. */
export const TERRITORY_CODES: ReadonlySet<string> = new Set(["HK", "MO", "NC"]);

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

export function countryName(code: string, locale: TLocale): string {
  const display = DISPLAY_NAMES[code]?.[locale];
  if (display) return display;
  const name = countries.getName(code, locale, { select: "official" });
  return name ? uninvert(name) : code;
}

/** The names it had before its current one, in that language ("Swaziland" for Eswatini). */
export function formerCountryNames(code: string, locale: TLocale): readonly string[] {
  return OTHER_NAMES[code]?.former?.[locale] ?? [];
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

/**
 * Every name it goes by in that language and in English, for search: the ISO list's ("UK"), its
 * former names ("Swaziland") and other usual ones ("Burma", "Ivory Coast").
 */
export function countryNameVariants(code: string, locale: TLocale): string[] {
  const names = [locale, "en" as const].flatMap((language) => [
    countryName(code, language),
    ...(countries.getName(code, language, { select: "all" }) ?? []),
    ...(OTHER_NAMES[code]?.former?.[language] ?? []),
    ...(OTHER_NAMES[code]?.also?.[language] ?? []),
  ]);
  return [...new Set(names)];
}
