import { z } from "zod";
import type { TLocale } from "~/i18n/routing";

/** Text written per language; English is always present. */
export const ZLocalizedText = z.object({
  en: z.string(),
  fr: z.string().optional(),
  es: z.string().optional(),
});
export type TLocalizedText = z.infer<typeof ZLocalizedText>;

export type TResolvedText = { text: string; lang: TLocale; isFallback: boolean };

/** The text in the reader's language, or the English original marked as a fallback. */
export function resolveText(value: unknown, locale: TLocale): TResolvedText {
  const parsed = ZLocalizedText.safeParse(value);
  if (!parsed.success) return { text: "", lang: "en", isFallback: locale !== "en" };
  const translated = parsed.data[locale];
  if (translated) return { text: translated, lang: locale, isFallback: false };
  return { text: parsed.data.en, lang: "en", isFallback: locale !== "en" };
}
