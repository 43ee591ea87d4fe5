import { isSingleLineText } from "~/lib/plain-text-checks";

export type TDirectoryEntry = {
  slug: string;
  shortName: string;
  name: string;
  acronym: string | null;
  otherNames: string[];
  yearEstablished: number;
  region: string;
  memberCodes: string[];
  themeSlugs: string[];
};

/** A member country as the country filter offers it; `otherNames` are searched too ("Swaziland"). */
export type TCountryOption = { value: string; label: string; otherNames?: string };

export const SORTS = ["name", "year"] as const;
export type TSort = (typeof SORTS)[number];

export type TDirectoryFilters = {
  q: string;
  region: string | null;
  theme: string | null;
  country: string | null;
  sort: TSort;
};

export type TFilterVocabulary = {
  regions: ReadonlySet<string>;
  themes: ReadonlySet<string>;
  countries: ReadonlySet<string>;
};

// Plain checks, no schema library: this runs in the browser of every visitor of the directory.
// Not trimmed: the search box shows exactly what was typed (spaces between words included).
const text = (value: string) => (value.length <= 100 && isSingleLineText(value) ? value : "");
const one = (allowed: ReadonlySet<string>, value: string | null) =>
  value !== null && allowed.has(value) ? value : null;

/**
 * Reads the filters of a shareable directory URL. A malformed or unknown value is ignored and the
 * other filters still apply.
 */
export function parseDirectoryFilters(
  params: URLSearchParams,
  vocabulary: TFilterVocabulary,
): TDirectoryFilters {
  const sort = params.get("sort");
  return {
    q: text(params.get("q") ?? ""),
    region: one(vocabulary.regions, params.get("region")),
    theme: one(vocabulary.themes, params.get("theme")),
    country: one(vocabulary.countries, params.get("country")?.toUpperCase() ?? null),
    sort: SORTS.includes(sort as TSort) ? (sort as TSort) : "name",
  };
}

/** The query string for a set of filters, leaving out the defaults. */
export function serializeDirectoryFilters(filters: TDirectoryFilters): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.region) params.set("region", filters.region);
  if (filters.theme) params.set("theme", filters.theme);
  if (filters.country) params.set("country", filters.country);
  if (filters.sort !== "name") params.set("sort", filters.sort);
  return params.toString();
}

/**
 * The entries the filters keep. The search matches an RCP's names and the names of its member
 * countries, current, former and usual ones: "Swaziland" or "Turkey" finds the processes Eswatini
 * or Türkiye belong to.
 */
export function filterDirectory<T extends TDirectoryEntry>(
  entries: readonly T[],
  filters: TDirectoryFilters,
  locale: string,
  countries: readonly TCountryOption[] = [],
): T[] {
  const query = normalise(filters.q);
  const matchingCountries = new Set(
    query
      ? countries
          .filter((country) => normalise(`${country.label} ${country.otherNames ?? ""}`).includes(query))
          .map((country) => country.value)
      : [],
  );
  const matches = entries.filter(
    (entry) =>
      (!filters.region || entry.region === filters.region) &&
      (!filters.theme || entry.themeSlugs.includes(filters.theme)) &&
      (!filters.country || entry.memberCodes.includes(filters.country)) &&
      (!query ||
        [entry.shortName, entry.name, entry.acronym ?? "", ...entry.otherNames].some((name) =>
          normalise(name).includes(query),
        ) ||
        entry.memberCodes.some((code) => matchingCountries.has(code))),
  );
  const byName = (a: T, b: T) => a.shortName.localeCompare(b.shortName, locale);
  return matches.sort(
    filters.sort === "year" ? (a, b) => a.yearEstablished - b.yearEstablished || byName(a, b) : byName,
  );
}

/** Case-, accent- and apostrophe-insensitive, so "soderkoping" finds "Söderköping". */
function normalise(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .trim();
}
