import { describe, expect, it } from "vitest";
import { localizeRcp, nameGender, rcpNames } from "./names";

const puebla = {
  name: "Regional Conference on Migration",
  shortName: "Puebla Process",
  acronym: "RCM",
  localizedNames: {
    es: { name: "Conferencia Regional sobre Migración", shortName: "Proceso Puebla", acronym: "CRM" },
  },
};

describe("rcpNames", () => {
  it("gives the official form in the reader's language", () => {
    const names = rcpNames(puebla, "es");
    expect(names.shortName).toEqual({ text: "Proceso Puebla", lang: "es", isFallback: false });
    expect(names.name.text).toBe("Conferencia Regional sobre Migración");
    expect(names.acronym).toBe("CRM");
  });

  it("falls back to English, marked, where the language has no form", () => {
    const names = rcpNames(puebla, "fr");
    expect(names.shortName).toEqual({ text: "Puebla Process", lang: "en", isFallback: true });
    expect(names.acronym).toBe("RCM");
    expect(rcpNames(puebla, "en").shortName.isFallback).toBe(false);
  });

  it("reads a row saved before names had languages, or a malformed value, as English", () => {
    for (const localizedNames of [null, undefined, "Proceso", { es: "Proceso" }]) {
      expect(rcpNames({ ...puebla, localizedNames }, "es").shortName.text).toBe("Puebla Process");
    }
  });

  it("ignores a blank form", () => {
    expect(rcpNames({ ...puebla, localizedNames: { es: { shortName: "  " } } }, "es").shortName.text).toBe(
      "Puebla Process",
    );
  });
});

describe("localizeRcp", () => {
  it("replaces the shown names and keeps the per-language forms off the result", () => {
    const localized = localizeRcp({ slug: "puebla-process", ...puebla }, "es");
    expect(localized).toEqual({
      slug: "puebla-process",
      name: "Conferencia Regional sobre Migración",
      shortName: "Proceso Puebla",
      acronym: "CRM",
      nameLang: "es",
      shortNameLang: "es",
    });
  });

  it("adds no name or acronym the record did not have", () => {
    const localized = localizeRcp({ slug: "x", shortName: "Puebla Process" }, "fr");
    expect(localized).toEqual({
      slug: "x",
      shortName: "Puebla Process",
      nameLang: "en",
      shortNameLang: "en",
    });
  });
});

describe("nameGender", () => {
  it("reads the article a name takes from its leading noun", () => {
    expect(nameGender("Proceso Puebla", "es")).toBe("masculine");
    expect(nameGender("Conferencia Suramericana", "es")).toBe("feminine");
    expect(nameGender("Processus de Budapest", "fr")).toBe("masculine");
    expect(nameGender("Consultations intergouvernementales", "fr")).toBe("femininePlural");
    expect(nameGender("Budapest Process", "en")).toBe("masculine");
    expect(nameGender("MIDSA", "es")).toBe("none");
  });
});
