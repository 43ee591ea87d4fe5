import { describe, expect, it } from "vitest";
import { matchesQuery, foldForSearch } from "~/lib/search-text";
import { countryName, countryNameVariants, formerCountryNames } from "./names";

const findsIt = (code: string, locale: "en" | "fr" | "es", query: string) =>
  matchesQuery(foldForSearch(countryNameVariants(code, locale).join(" ")), query);

describe("current, former and usual country names", () => {
  it("shows the names in use today, with their accents", () => {
    expect(countryName("CI", "en")).toBe("Côte d'Ivoire");
    expect(countryName("CZ", "en")).toBe("Czechia");
    expect(countryName("CV", "en")).toBe("Cabo Verde");
    expect(countryName("MK", "en")).toBe("North Macedonia");
    expect(countryName("SZ", "fr")).toBe("Eswatini");
    expect(countryName("SZ", "en")).toBe("Eswatini");
  });

  it("knows the former names, in each language", () => {
    expect(formerCountryNames("SZ", "en")).toEqual(["Swaziland"]);
    expect(formerCountryNames("SZ", "es")).toEqual(["Suazilandia"]);
    expect(formerCountryNames("MK", "fr")).toEqual(["Macédoine"]);
    expect(formerCountryNames("TH", "en")).toEqual([]);
  });

  it.each([
    ["SZ", "en", "Swaziland"],
    ["SZ", "es", "suazilandia"],
    ["SZ", "fr", "swaziland"],
    ["TR", "en", "Turkey"],
    ["TR", "es", "turkiye"],
    ["CZ", "en", "Czech Republic"],
    ["CZ", "fr", "tchequie"],
    ["MK", "en", "Macedonia"],
    ["MM", "en", "Burma"],
    ["MM", "fr", "Birmanie"],
    ["MM", "es", "birmania"],
    ["CV", "en", "Cape Verde"],
    ["CV", "fr", "cabo verde"],
    ["CI", "en", "Ivory Coast"],
    ["CI", "en", "cote d’ivoire"],
    ["CI", "es", "costa de marfil"],
    ["CD", "fr", "zaire"],
  ] as const)("finds %s in %s by %j", (code, locale, query) => {
    expect(findsIt(code, locale, query)).toBe(true);
  });

  it("does not find a country by another one's name", () => {
    expect(findsIt("TH", "en", "Burma")).toBe(false);
    expect(findsIt("GR", "en", "Macedonia")).toBe(false);
  });
});
