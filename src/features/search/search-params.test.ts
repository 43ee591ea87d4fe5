import { describe, expect, it } from "vitest";
import { readSearchParams } from "./search-params";

describe("readSearchParams", () => {
  it("starts empty without words", () => {
    expect(readSearchParams({}, "en").kind).toBe("start");
    expect(readSearchParams({ q: "   ", type: "RCP" }, "en")).toEqual({
      kind: "start",
      filters: { type: "RCP" },
    });
  });

  it("reads the words, the filters, the page and the reader's language", () => {
    expect(
      readSearchParams(
        { q: " migracion laboral ", type: "ACTIVITY", rcp: "midsa", from: "2030-01-01", page: "2" },
        "es",
      ),
    ).toEqual({
      kind: "ready",
      input: {
        q: "migracion laboral",
        type: "ACTIVITY",
        rcp: "midsa",
        from: "2030-01-01",
        page: 2,
        locale: "es",
      },
      filters: { type: "ACTIVITY", rcp: "midsa", from: "2030-01-01" },
    });
  });

  it("refuses what a person typed with its reason", () => {
    expect(readSearchParams({ q: "a".repeat(10_000) }, "en")).toMatchObject({
      kind: "refused",
      field: "q",
      reason: "searchTooLong",
    });
    expect(readSearchParams({ q: "a\u0000b" }, "en")).toMatchObject({ reason: "searchInvalidCharacters" });
    expect(readSearchParams({ q: "x", from: "2030-13-01" }, "en")).toMatchObject({
      field: "from",
      reason: "searchDate",
    });
    expect(readSearchParams({ q: "x", from: "2031-01-01", to: "2030-01-01" }, "en")).toMatchObject({
      field: "to",
      reason: "searchDateOrder",
    });
  });

  it("drops an edited filter or page and still searches", () => {
    expect(readSearchParams({ q: "x", type: "USER", rcp: "Not A Slug", page: "999" }, "en")).toEqual({
      kind: "ready",
      input: { q: "x", page: 1, locale: "en" },
      filters: {},
    });
  });
});
