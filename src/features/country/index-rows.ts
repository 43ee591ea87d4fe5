import type { TLocale } from "~/i18n/routing";
import type { TCountrySummary, TOtherRole, TRcpRef } from "~/server/country/data";
import { countryName, countryNameVariants, formerCountryNames } from "~/domain/country/names";
import { rcpShortName } from "~/domain/rcp/names";
import { foldForSearch } from "~/lib/search-text";

/** One row of the country index, ready for the client: names resolved, search text folded. */
export type TIndexRow = {
  code: string;
  name: string;
  /** Shown under the name: people still look for it as "Swaziland". */
  formerNames: readonly string[];
  isTerritory: boolean;
  /** Linked to their profiles: the index is where people go from a country to its processes. */
  memberOf: TRcpRef[];
  otherRoles: { role: TOtherRole; rcps: TRcpRef[] }[];
  searchText: string;
};

const ROLES: readonly TOtherRole[] = ["OBSERVER", "PARTNER", "PARTICIPANT"];

export function indexRows(countries: TCountrySummary[], locale: TLocale): TIndexRow[] {
  const collator = new Intl.Collator(locale);
  return countries
    .map((country) => {
      const name = countryName(country.code, locale);
      return {
        code: country.code,
        name,
        formerNames: formerCountryNames(country.code, locale),
        isTerritory: country.kind === "TERRITORY",
        memberOf: country.memberOf.map((rcp) => ({ slug: rcp.slug, shortName: rcpShortName(rcp, locale) })),
        otherRoles: ROLES.flatMap((role) => {
          const rcps = country.otherRoles
            .filter((other) => other.role === role)
            .map((rcp) => ({ slug: rcp.slug, shortName: rcpShortName(rcp, locale) }));
          return rcps.length > 0 ? [{ role, rcps }] : [];
        }),
        searchText: foldForSearch(
          [name, ...countryNameVariants(country.code, locale), country.code].join(" "),
        ),
      };
    })
    .sort((a, b) => collator.compare(a.name, b.name));
}
