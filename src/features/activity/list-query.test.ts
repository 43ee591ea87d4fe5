import { describe, expect, it } from "vitest";
import { listHref, parseActivityListQuery } from "./list-query";

describe("parseActivityListQuery", () => {
  it("reads every filter from the address", () => {
    const parsed = parseActivityListQuery({
      when: "past",
      kind: "WORKSHOP",
      region: "ASIA_OCEANIA",
      rcp: "bali-process",
      theme: "labour-migration",
      country: "th",
      from: "2004-01-01",
      to: "2004-12-31",
      after: "2004-05-01.abc123",
    });
    expect(parsed.ignored).toEqual([]);
    expect(parsed.input).toEqual({
      when: "past",
      kind: "WORKSHOP",
      region: "ASIA_OCEANIA",
      rcp: "bali-process",
      theme: "labour-migration",
      country: "TH",
      from: "2004-01-01",
      to: "2004-12-31",
      cursor: { startDate: "2004-05-01", id: "abc123", direction: "after" },
    });
  });

  it("defaults to upcoming with no filter", () => {
    expect(parseActivityListQuery({})).toEqual({ input: { when: "upcoming" }, filters: {}, ignored: [] });
  });

  it.each([
    ["an unknown kind", { kind: "PARTY" }, "kind"],
    ["an unknown region", { region: "MARS" }, "region"],
    ["a slug with capitals", { rcp: "Bali Process" }, "rcp"],
    ["a control character", { theme: "a\u0000b" }, "theme"],
    ["a country that is none", { country: "XX" }, "country"],
    ["a day that does not exist", { from: "2004-02-30" }, "from"],
    ["a huge value", { rcp: "a".repeat(100_000) }, "rcp"],
    ["an end before the start", { from: "2005-01-01", to: "2004-01-01" }, "to"],
    ["a cursor without its id", { after: "2004-05-01" }, "after"],
    ["a cursor with a bad id", { before: "2004-05-01.a b" }, "before"],
    ["an unknown period", { when: "always" }, "when"],
  ])("drops %s, names it, and keeps the rest", (_, params: Record<string, string>, key) => {
    const parsed = parseActivityListQuery({ kind: "TRAINING", ...params });
    expect(parsed.ignored).toEqual([key]);
    if (key !== "kind") expect(parsed.input.kind).toBe("TRAINING");
    expect(parsed.input.when).toBe("upcoming");
  });

  it("takes the first of repeated values", () => {
    expect(parseActivityListQuery({ kind: ["SEMINAR", "TRAINING"] }).input.kind).toBe("SEMINAR");
  });

  it("reads a cursor back", () => {
    expect(parseActivityListQuery({ before: "2031-03-03.x_y-z" }).input.cursor).toEqual({
      startDate: "2031-03-03",
      id: "x_y-z",
      direction: "before",
    });
  });

  it("keeps a page's own filter, whatever the address says", () => {
    const parsed = parseActivityListQuery({ rcp: "other" }, { rcp: "bali-process" });
    expect(parsed.input.rcp).toBe("bali-process");
    expect(parsed.filters.rcp).toBeUndefined();
  });
});

describe("listHref", () => {
  it("keeps the filters and adds the cursor", () => {
    expect(listHref("/en/activities", { kind: "SEMINAR" }, { after: "2031-01-01.a" })).toBe(
      "/en/activities?kind=SEMINAR&after=2031-01-01.a",
    );
  });
});
