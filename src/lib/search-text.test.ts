import { describe, expect, it } from "vitest";
import { foldForSearch, matchesQuery } from "~/lib/search-text";

describe("country search", () => {
  const ivoryCoast = foldForSearch("Côte-d'Ivoire Cote d'Ivoire CI");

  it("ignores accents and case on both sides", () => {
    expect(matchesQuery(ivoryCoast, "cote")).toBe(true);
    expect(matchesQuery(ivoryCoast, "CÔTE")).toBe(true);
    expect(matchesQuery(foldForSearch("Türkiye"), "turkiye")).toBe(true);
  });

  it("needs every word, in any order", () => {
    expect(matchesQuery(ivoryCoast, "ivoire cote")).toBe(true);
    expect(matchesQuery(ivoryCoast, "ivoire ghana")).toBe(false);
  });

  it("matches everything on an empty or blank query", () => {
    expect(matchesQuery(ivoryCoast, "")).toBe(true);
    expect(matchesQuery(ivoryCoast, "   ")).toBe(true);
  });
});
