/**
 * Languages an activity may be held in (ISO 639-1): the UN's six and those of the regions the
 * processes cover. Their names come from the browser's or server's Intl.DisplayNames.
 */
export const WORKING_LANGUAGES = [
  "en",
  "fr",
  "es",
  "ar",
  "ru",
  "zh",
  "pt",
  "de",
  "it",
  "tr",
  "fa",
  "ur",
  "hi",
  "bn",
  "ne",
  "si",
  "ta",
  "th",
  "id",
  "ms",
  "vi",
  "km",
  "lo",
  "my",
  "sw",
  "am",
  "so",
  "ha",
  "uk",
  "ka",
] as const;

export type TWorkingLanguage = (typeof WORKING_LANGUAGES)[number];
