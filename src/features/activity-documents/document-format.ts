// How a document's facts read in the reader's language; the same on the public list and the
// management page.
import type { TLocale } from "~/i18n/routing";

export function fileSize(bytes: number, locale: TLocale): string {
  const [value, unit] =
    bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, "megabyte"] : [Math.max(1, bytes / 1024), "kilobyte"];
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit,
    unitDisplay: "short",
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}

export function languageName(code: string, locale: TLocale): string {
  return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
}

/** A document's own date ("2030-05-13"), day precision, in the reader's words. */
export function documentDate(date: Date, locale: TLocale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date);
}

export const downloadHref = (documentId: string) => `/api/documents/${documentId}`;
