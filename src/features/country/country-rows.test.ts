import { describe, expect, it } from "vitest";
import type { TCountrySummary } from "~/server/country/data";
import { indexRows } from "./index-rows";
import { mapCountries } from "./map-countries";
import { matchesQuery } from "~/lib/search-text";

const rcp = (shortName: string) => ({ slug: shortName.toLowerCase().replace(/\W+/g, "-"), shortName });

const countries: TCountrySummary[] = [
  { code: "AE", kind: "STATE", memberOf: [rcp("Abu Dhabi Dialogue")], otherRoles: [] },
  {
    code: "AU",
    kind: "STATE",
    memberOf: [rcp("APC"), rcp("Bali Process"), rcp("IGC")],
    otherRoles: [
      { ...rcp("Budapest Process"), role: "OBSERVER" },
      { ...rcp("IGAD-RCP"), role: "PARTNER" },
      { ...rcp("SACM"), role: "OBSERVER" },
    ],
  },
  { code: "HK", kind: "TERRITORY", memberOf: [rcp("APC"), rcp("Bali Process")], otherRoles: [] },
  { code: "JM", kind: "STATE", memberOf: [], otherRoles: [{ ...rcp("Puebla Process"), role: "OBSERVER" }] },
];

describe("country index rows", () => {
  it("sorts by the name in the reader's language", () => {
    expect(indexRows(countries, "en").map((row) => row.name)).toEqual([
      "Australia",
      "Hong Kong",
      "Jamaica",
      "United Arab Emirates",
    ]);
    expect(indexRows(countries, "fr").map((row) => row.name)).toEqual([
      "Australie",
      "Émirats Arabes Unis",
      "Hong Kong",
      "Jamaïque",
    ]);
  });

  it("groups other roles by role and marks territories", () => {
    const australia = indexRows(countries, "en").find((row) => row.code === "AU");
    expect(australia?.otherRoles).toEqual([
      { role: "OBSERVER", rcps: [rcp("Budapest Process"), rcp("SACM")] },
      { role: "PARTNER", rcps: [rcp("IGAD-RCP")] },
    ]);
    expect(
      indexRows(countries, "en")
        .filter((row) => row.isTerritory)
        .map((row) => row.code),
    ).toEqual(["HK"]);
  });

  it("finds a country by its code and by other forms of its name", () => {
    const emirates = indexRows(countries, "fr").find((row) => row.code === "AE");
    expect(matchesQuery(emirates!.searchText, "emirats")).toBe(true);
    expect(matchesQuery(emirates!.searchText, "ae")).toBe(true);
    expect(matchesQuery(emirates!.searchText, "United Arab")).toBe(true);
  });
});

describe("map countries", () => {
  it("keeps members only, most memberships first, then by name", () => {
    expect(mapCountries(countries, "en").map((country) => [country.code, country.memberOf.length])).toEqual([
      ["AU", 3],
      ["HK", 2],
      ["AE", 1],
    ]);
  });
});
