import type { TLocale } from "~/i18n/routing";

type TPerLanguage = Readonly<Record<TLocale, readonly string[]>>;

/**
 * Names the source documents and their readers still use where the ISO list has moved on or never
 * had them (it has "Turkey" but not "Swaziland", "Burma" or "Ivory Coast" in French), per language.
 * `former` names were official once; a page shows them as "formerly …". `also` are other usual names,
 * for search only.
 */
export const OTHER_NAMES: Readonly<Record<string, { former?: TPerLanguage; also?: TPerLanguage }>> = {
  SZ: { former: { en: ["Swaziland"], fr: ["Swaziland"], es: ["Suazilandia"] } },
  MK: {
    former: { en: ["Macedonia"], fr: ["Macédoine"], es: ["Macedonia"] },
    also: {
      en: ["The former Yugoslav Republic of Macedonia"],
      fr: ["ex-République yougoslave de Macédoine"],
      es: ["ex República Yugoslava de Macedonia"],
    },
  },
  CD: { former: { en: ["Zaire"], fr: ["Zaïre"], es: ["Zaire"] } },
  TR: { also: { en: ["Turkey"], fr: ["Türkiye"], es: ["Türkiye"] } },
  CZ: { also: { en: ["Czech Republic"], fr: ["Tchéquie"], es: ["Chequia"] } },
  MM: { also: { en: ["Burma"], fr: ["Birmanie"], es: ["Birmania"] } },
  CV: { also: { en: ["Cape Verde"], fr: ["Cabo Verde"], es: ["Cabo Verde"] } },
  CI: { also: { en: ["Ivory Coast"], fr: ["Côte d'Ivoire"], es: ["Côte d'Ivoire"] } },
  TL: { also: { en: ["East Timor"], fr: ["Timor oriental"], es: ["Timor Oriental"] } },
};

/**
 * The short names the United Nations use today, where the first name of the ISO list in that
 * language is an older, longer or unaccented one ("Cote d'Ivoire", "Czech Republic", "Cape Verde").
 */
export const DISPLAY_NAMES: Readonly<Record<string, Partial<Record<TLocale, string>>>> = {
  CI: { en: "Côte d'Ivoire" },
  CZ: { en: "Czechia" },
  CV: { en: "Cabo Verde" },
  MK: { en: "North Macedonia" },
  SZ: { fr: "Eswatini" },
};
