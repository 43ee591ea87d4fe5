import { describe, expect, it } from "vitest";
import { filterDirectory, type TCountryOption, type TDirectoryEntry } from "./directory-filters";

const entry = (slug: string, memberCodes: string[]): TDirectoryEntry => ({
  slug,
  shortName: slug,
  name: slug,
  acronym: null,
  otherNames: [],
  yearEstablished: 2000,
  region: "AFRICA",
  memberCodes,
  themeSlugs: [],
});

const entries = [entry("midsa", ["SZ", "ZA"]), entry("budapest", ["TR", "CZ"]), entry("puebla", ["MX"])];
const countries: TCountryOption[] = [
  { value: "SZ", label: "Eswatini (formerly Swaziland)" },
  { value: "ZA", label: "South Africa" },
  { value: "TR", label: "Türkiye", otherNames: "Turkey" },
  { value: "CZ", label: "Czechia", otherNames: "Czech Republic" },
  { value: "MX", label: "Mexico" },
];

const search = (q: string) =>
  filterDirectory(
    entries,
    { q, region: null, theme: null, country: null, sort: "name" },
    "en",
    countries,
  ).map((found) => found.slug);

describe("the directory's search by member country", () => {
  it("finds the processes a country belongs to by its current, former or usual name", () => {
    expect(search("Swaziland")).toEqual(["midsa"]);
    expect(search("eswatini")).toEqual(["midsa"]);
    expect(search("Turkey")).toEqual(["budapest"]);
    expect(search("turkiye")).toEqual(["budapest"]);
    expect(search("czech republic")).toEqual(["budapest"]);
  });

  it("still finds processes by their own names, and nothing for an unknown name", () => {
    expect(search("puebla")).toEqual(["puebla"]);
    expect(search("Atlantis")).toEqual([]);
  });
});
