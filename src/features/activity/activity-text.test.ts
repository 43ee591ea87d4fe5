import { describe, expect, it } from "vitest";
import { pickActivityText } from "./activity-text";

describe("pickActivityText", () => {
  it("takes the reader's language", () => {
    expect(pickActivityText({ en: "Workshop", fr: "Atelier" }, "fr")).toEqual({
      text: "Atelier",
      lang: "fr",
      isFallback: false,
    });
  });

  it("falls back to a written language, marked, when English is missing too", () => {
    expect(pickActivityText({ es: "Taller" }, "fr")).toEqual({
      text: "Taller",
      lang: "es",
      isFallback: true,
    });
  });

  it.each([null, "text", 3, { en: 4 }, { en: "  " }])("reads %j as no text", (value) => {
    expect(pickActivityText(value, "en").text).toBe("");
  });
});
