// Route handlers answer in the reader's language without a page's request config: the same
// message files, read directly.
import { createTranslator } from "next-intl";
import en from "~/i18n/messages/en/documents.json";
import es from "~/i18n/messages/es/documents.json";
import fr from "~/i18n/messages/fr/documents.json";
import { routing, type TLocale } from "~/i18n/routing";
import { DOCUMENT_LIMITS } from "~/domain/activity-document/vocabulary";
import type { TUploadErrorKey } from "./upload";

const FILES = { en, fr, es } as const;

export const localeOf = (value: string | null): TLocale =>
  (routing.locales as readonly string[]).includes(value ?? "") ? (value as TLocale) : routing.defaultLocale;

export function uploadErrorMessage(locale: TLocale, key: TUploadErrorKey | "crossSite" | "generic"): string {
  const t = createTranslator({ locale, messages: FILES[locale], namespace: "DocumentsErrors" });
  return t(key, {
    max: key === "tooLong" ? DOCUMENT_LIMITS.title : DOCUMENT_LIMITS.fileBytes / 1024 / 1024,
  });
}
