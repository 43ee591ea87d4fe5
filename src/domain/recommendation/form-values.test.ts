import { describe, expect, it } from "vitest";
import { EMPTY_RECOMMENDATION_VALUES, recommendationOfValues, valuesOfRecommendation } from "./form-values";
import { ZRecommendationFields } from "./schema";

const messagesOf = (values: typeof EMPTY_RECOMMENDATION_VALUES) => {
  const result = ZRecommendationFields.safeParse(recommendationOfValues(values));
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("recommendation form values", () => {
  it("opens on what was stored and sends it back unchanged", () => {
    const stored = {
      number: 7,
      text: { en: "Share data", es: "Compartir datos" },
      themes: [{ slug: "asylum" }],
    };
    const values = valuesOfRecommendation(stored);
    expect(values).toEqual({
      number: "7",
      en: "Share data",
      fr: "",
      es: "Compartir datos",
      themes: ["asylum"],
    });
    expect(recommendationOfValues(values)).toEqual({
      number: 7,
      text: { en: "Share data", es: "Compartir datos" },
      themes: ["asylum"],
    });
  });

  it("leaves out a language left blank, so a blank form is refused as having no text", () => {
    expect(messagesOf({ ...EMPTY_RECOMMENDATION_VALUES, number: "1", fr: "  " })).toEqual({
      text: "textRequired",
    });
  });

  it.each(["", "abc", "1.5", "0", "10000"])(
    "refuses the number %j with the number's own message",
    (number) => {
      expect(messagesOf({ ...EMPTY_RECOMMENDATION_VALUES, number, en: "Text" })).toEqual({
        number: "number",
      });
    },
  );
});
