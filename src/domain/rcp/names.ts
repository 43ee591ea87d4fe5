// A process's names in the reader's language. English lives in the Rcp columns (name, shortName,
// acronym); French and Spanish forms, where the process has an official one, in `localizedNames`.
// Every page, email and title picks names through here so that a language never mixes forms.
import { z } from "zod";
import type { TLocale } from "~/i18n/routing";
import type { TResolvedText } from "~/lib/localized-text";

const ZNameForms = z.object({
  name: z.string().optional(),
  shortName: z.string().optional(),
  acronym: z.string().optional(),
});

/** What `Rcp.localizedNames` holds; anything else (an older row, a malformed value) reads as empty. */
export const ZRcpLocalizedNames = z.object({ fr: ZNameForms.optional(), es: ZNameForms.optional() });
export type TRcpLocalizedNames = z.infer<typeof ZRcpLocalizedNames>;
export type TTranslatedLocale = keyof TRcpLocalizedNames;

export type TRcpNameSource = {
  name: string;
  shortName: string;
  acronym?: string | null;
  localizedNames?: unknown;
};

export type TRcpNames = { name: TResolvedText; shortName: TResolvedText; acronym: string | null };

export function readLocalizedNames(value: unknown): TRcpLocalizedNames {
  const parsed = ZRcpLocalizedNames.safeParse(value);
  return parsed.success ? parsed.data : {};
}

/** The names in the reader's language; a form the language lacks is the English one, marked as such. */
export function rcpNames(rcp: TRcpNameSource, locale: TLocale): TRcpNames {
  const forms = locale === "en" ? {} : (readLocalizedNames(rcp.localizedNames)[locale] ?? {});
  const pick = (translated: string | undefined, english: string): TResolvedText =>
    translated?.trim()
      ? { text: translated.trim(), lang: locale, isFallback: false }
      : { text: english, lang: "en", isFallback: locale !== "en" };
  return {
    name: pick(forms.name, rcp.name),
    shortName: pick(forms.shortName, rcp.shortName),
    acronym: forms.acronym?.trim() || rcp.acronym || null,
  };
}

export function rcpShortName(rcp: Omit<TRcpNameSource, "name">, locale: TLocale): string {
  return rcpNames({ ...rcp, name: rcp.shortName }, locale).shortName.text;
}

export function rcpFullName(rcp: TRcpNameSource, locale: TLocale): string {
  return rcpNames(rcp, locale).name.text;
}

/**
 * The grammatical form of a process's short name, for sentences that need an article before it
 * ("la secretaría del Proceso Puebla", "le secrétariat de la Conférence…"). Read from the name's
 * first word; an acronym or an unknown word takes no article. English reads its last word.
 */
export type TNameGender = "masculine" | "feminine" | "femininePlural" | "none";

const LEADING_NOUNS: Record<TLocale, Record<string, TNameGender>> = {
  // English names put the noun last ("Budapest Process"); the article is the same for all.
  en: {
    process: "masculine",
    dialogue: "masculine",
    conference: "feminine",
    consultations: "femininePlural",
  },
  fr: {
    processus: "masculine",
    dialogue: "masculine",
    conférence: "feminine",
    consultations: "femininePlural",
  },
  es: {
    proceso: "masculine",
    diálogo: "masculine",
    conferencia: "feminine",
    consultas: "femininePlural",
  },
};

export function nameGender(shortName: string, locale: TLocale): TNameGender {
  const words = shortName.trim().split(/\s+/);
  const noun = (locale === "en" ? words.at(-1) : words[0])?.toLocaleLowerCase(locale) ?? "";
  return LEADING_NOUNS[locale][noun] ?? "none";
}

type TLocalizable = { shortName: string; name?: string; acronym?: string | null; localizedNames?: unknown };
export type TLocalized<T extends TLocalizable> = Omit<T, "localizedNames"> & {
  /** The language the shown names are in: "en" where the reader's language has no form of its own. */
  nameLang: TLocale;
  shortNameLang: TLocale;
};

/**
 * The same record with its names in the reader's language, for loaders to hand to components that
 * only show `shortName`, `name` and `acronym`; the per-language forms stay on the server.
 */
export function localizeRcp<T extends TLocalizable>(rcp: T, locale: TLocale): TLocalized<T> {
  const { localizedNames, ...rest } = rcp;
  const names = rcpNames({ ...rcp, name: rcp.name ?? rcp.shortName, localizedNames }, locale);
  return {
    ...rest,
    shortName: names.shortName.text,
    ...(rcp.name === undefined ? {} : { name: names.name.text }),
    ...(rcp.acronym === undefined ? {} : { acronym: names.acronym }),
    nameLang: names.name.lang,
    shortNameLang: names.shortName.lang,
  };
}

type TNamePair = { fr: string; es: string };
export type TNameTranslationValues = {
  nameTranslations: TNamePair;
  shortNameTranslations: TNamePair;
  acronymTranslations: TNamePair;
};

const FORM_FIELDS = {
  name: "nameTranslations",
  shortName: "shortNameTranslations",
  acronym: "acronymTranslations",
} as const;
const TRANSLATED_LOCALES = ["fr", "es"] as const;

/** The stored forms as the edit form's fields: one pair (French, Spanish) per name, empty where none. */
export function nameTranslationsOf(value: unknown): TNameTranslationValues {
  const stored = readLocalizedNames(value);
  const pair = (form: keyof typeof FORM_FIELDS): TNamePair => ({
    fr: stored.fr?.[form] ?? "",
    es: stored.es?.[form] ?? "",
  });
  return {
    nameTranslations: pair("name"),
    shortNameTranslations: pair("shortName"),
    acronymTranslations: pair("acronym"),
  };
}

/** The form's pairs as stored: only the forms given, and nothing at all when there are none. */
export function storedNameTranslations(values: TNameTranslationValues): TRcpLocalizedNames | null {
  const stored: TRcpLocalizedNames = {};
  for (const locale of TRANSLATED_LOCALES) {
    const forms = Object.fromEntries(
      (Object.keys(FORM_FIELDS) as (keyof typeof FORM_FIELDS)[])
        .map((form) => [form, values[FORM_FIELDS[form]][locale].trim()] as const)
        .filter(([, text]) => text !== ""),
    );
    if (Object.keys(forms).length > 0) stored[locale] = forms;
  }
  return Object.keys(stored).length > 0 ? stored : null;
}
