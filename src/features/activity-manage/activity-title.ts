import type { TLocale } from "~/i18n/routing";

type TTitle = Partial<Record<TLocale, string>>;

/** The title in the reader's language, else in the first language it was written in, and which. */
export function activityTitle(value: unknown, locale: TLocale): { text: string; lang: TLocale } {
  const title = (value && typeof value === "object" ? value : {}) as TTitle;
  const lang = ([locale, "en", "fr", "es"] as const).find((candidate) => title[candidate]) ?? locale;
  return { text: title[lang] ?? "", lang };
}
