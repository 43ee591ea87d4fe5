// What the add and edit forms hold (strings, as typed) and what they send: one place for both ways,
// so the edit form opens on exactly what the server stored.
import type { TRecommendationFields } from "./schema";
import { RECOMMENDATION_LANGUAGES } from "./vocabulary";

export type TRecommendationFormValues = {
  number: string;
  en: string;
  fr: string;
  es: string;
  themes: string[];
};

export const EMPTY_RECOMMENDATION_VALUES: TRecommendationFormValues = {
  number: "",
  en: "",
  fr: "",
  es: "",
  themes: [],
};

export function valuesOfRecommendation(item: {
  number: number;
  text: Record<string, string>;
  themes: { slug: string }[];
}): TRecommendationFormValues {
  return {
    number: String(item.number),
    en: item.text.en ?? "",
    fr: item.text.fr ?? "",
    es: item.text.es ?? "",
    themes: item.themes.map((theme) => theme.slug),
  };
}

/**
 * A language left blank is not sent, so it is absent rather than stored empty; a number that is not
 * one becomes 0, which the schema refuses with the number's own message (never a generic one).
 */
export function recommendationOfValues(values: TRecommendationFormValues): TRecommendationFields {
  const number = Number(values.number.trim() || "0");
  const text: TRecommendationFields["text"] = {};
  for (const language of RECOMMENDATION_LANGUAGES) {
    if (values[language].trim() !== "") text[language] = values[language];
  }
  return { number: Number.isFinite(number) ? number : 0, text, themes: values.themes };
}
