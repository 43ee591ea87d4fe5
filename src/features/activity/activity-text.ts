import type { TLocale } from "~/i18n/routing";
import { locales } from "~/i18n/routing";
import type { TResolvedText } from "~/lib/localized-text";

/**
 * An activity's text in the reader's language, else in the first language it was written in
 * (English, French, Spanish): unlike a profile, an activity need not exist in English.
 */
export function pickActivityText(value: unknown, locale: TLocale): TResolvedText {
  const texts = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  const written = (lang: TLocale) => {
    const text = texts[lang];
    return typeof text === "string" && text.trim() ? text : null;
  };
  const own = written(locale);
  if (own) return { text: own, lang: locale, isFallback: false };
  for (const lang of locales) {
    const text = written(lang);
    if (text) return { text, lang, isFallback: true };
  }
  return { text: "", lang: locale, isFallback: false };
}

/** The page title: the activity's own, in the reader's language if written in it. */
export const activityTitle = (value: unknown, locale: TLocale) => pickActivityText(value, locale).text;
