import type { TLocale } from "~/i18n/routing";
import type { TCountrySummary } from "~/server/country/data";
import { countryName } from "~/domain/country/names";
import { rcpShortName } from "~/domain/rcp/names";

/** What the map and its table need of a country: its name and the RCPs it is a member of. */
export type TMapCountry = { code: string; name: string; isTerritory: boolean; memberOf: string[] };

/** Members of at least one RCP, most memberships first, then by name. */
export function mapCountries(countries: TCountrySummary[], locale: TLocale): TMapCountry[] {
  const collator = new Intl.Collator(locale);
  return countries
    .filter((country) => country.memberOf.length > 0)
    .map((country) => ({
      code: country.code,
      name: countryName(country.code, locale),
      isTerritory: country.kind === "TERRITORY",
      memberOf: country.memberOf.map((rcp) => rcpShortName(rcp, locale)),
    }))
    .sort((a, b) => b.memberOf.length - a.memberOf.length || collator.compare(a.name, b.name));
}
