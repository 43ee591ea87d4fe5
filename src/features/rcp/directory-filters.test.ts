import { describe, expect, it } from "vitest";
import {
  filterDirectory,
  parseDirectoryFilters,
  serializeDirectoryFilters,
  type TDirectoryEntry,
} from "./directory-filters";

const vocabulary = {
  regions: new Set(["AFRICA", "EUROPE_FSU"]),
  themes: new Set(["labour-migration", "asylum-and-refugee-protection"]),
  countries: new Set(["TH", "UA", "ZA"]),
};

const entry = (overrides: Partial<TDirectoryEntry>): TDirectoryEntry => ({
  slug: "x",
  shortName: "X",
  name: "X",
  acronym: null,
  otherNames: [],
  yearEstablished: 2000,
  region: "AFRICA",
  memberCodes: [],
  themeSlugs: [],
  ...overrides,
});

const entries = [
  entry({
    slug: "midsa",
    shortName: "MIDSA",
    name: "Migration Dialogue for Southern Africa",
    yearEstablished: 2000,
    memberCodes: ["ZA"],
    themeSlugs: ["labour-migration"],
  }),
  entry({
    slug: "soderkoping-process",
    shortName: "Söderköping Process",
    name: "Cross Border Cooperation Process",
    acronym: "CBCP",
    region: "EUROPE_FSU",
    yearEstablished: 2001,
    memberCodes: ["UA"],
    themeSlugs: ["asylum-and-refugee-protection"],
  }),
  entry({
    slug: "budapest-process",
    shortName: "Budapest Process",
    name: "Budapest Process",
    region: "EUROPE_FSU",
    yearEstablished: 1991,
    memberCodes: ["UA"],
  }),
];

const parse = (query: string) => parseDirectoryFilters(new URLSearchParams(query), vocabulary);

describe("directory filters", () => {
  it("reads every filter from the query string", () => {
    expect(parse("q=bud&region=EUROPE_FSU&theme=labour-migration&country=th&sort=year")).toEqual({
      q: "bud",
      region: "EUROPE_FSU",
      theme: "labour-migration",
      country: "TH",
      sort: "year",
    });
  });

  it("ignores malformed values and keeps the rest", () => {
    expect(parse("region=MARS&theme=%00&country=XYZ&sort=random&q=midsa")).toEqual({
      q: "midsa",
      region: null,
      theme: null,
      country: null,
      sort: "name",
    });
  });

  it("round-trips through the query string, omitting defaults", () => {
    const filters = parse("region=AFRICA&sort=year");
    expect(serializeDirectoryFilters(filters)).toBe("region=AFRICA&sort=year");
    expect(serializeDirectoryFilters(parse(""))).toBe("");
  });

  it("filters by region, theme and member country together", () => {
    const slugs = (query: string) => filterDirectory(entries, parse(query), "en").map((e) => e.slug);
    expect(slugs("region=EUROPE_FSU")).toEqual(["budapest-process", "soderkoping-process"]);
    expect(slugs("country=UA&theme=asylum-and-refugee-protection")).toEqual(["soderkoping-process"]);
    expect(slugs("country=ZA&region=EUROPE_FSU")).toEqual([]);
  });

  it("searches names, acronyms and other names without regard to case or accents", () => {
    const slugs = (q: string) => filterDirectory(entries, parse(`q=${q}`), "en").map((e) => e.slug);
    expect(slugs("soderkoping")).toEqual(["soderkoping-process"]);
    expect(slugs("cbcp")).toEqual(["soderkoping-process"]);
    expect(slugs("SOUTHERN")).toEqual(["midsa"]);
  });

  it("sorts by name or by year", () => {
    expect(filterDirectory(entries, parse(""), "en").map((e) => e.slug)).toEqual([
      "budapest-process",
      "midsa",
      "soderkoping-process",
    ]);
    expect(filterDirectory(entries, parse("sort=year"), "en").map((e) => e.yearEstablished)).toEqual([
      1991, 2000, 2001,
    ]);
  });
});
