import { describe, expect, it } from "vitest";
import { countryName, countryNameVariants, uninvert } from "./names";

describe("country names", () => {
  it("reads inverted ISO names in their natural order", () => {
    expect(countryName("MD", "en")).toBe("Republic of Moldova");
    expect(countryName("FM", "en")).toBe("Federated States of Micronesia");
    expect(countryName("CD", "es")).toBe("República Democrática del Congo");
  });

  it("leaves other names with commas or brackets alone", () => {
    expect(uninvert("Taiwan, Province of China")).toBe("Taiwan, Province of China");
    expect(uninvert("Saint Martin (French part)")).toBe("Saint Martin (French part)");
    expect(uninvert("Bonaire, Sint Eustatius and Saba")).toBe("Bonaire, Sint Eustatius and Saba");
  });

  it("names a state in the reader's language", () => {
    expect(countryName("TH", "fr")).toBe("Thaïlande");
    expect(countryName("TH", "es")).toBe("Tailandia");
  });

  it("knows the other usual names for search, in the language and in English", () => {
    expect(countryNameVariants("TR", "fr")).toEqual(expect.arrayContaining(["Turquie", "Türkiye", "Turkey"]));
    expect(countryNameVariants("GB", "en")).toContain("UK");
  });
});
