import en from "~/i18n/messages/en/shell.json";
import es from "~/i18n/messages/es/shell.json";
import fr from "~/i18n/messages/fr/shell.json";
import type { TLocale } from "~/i18n/routing";

const MESSAGES: Record<TLocale, typeof en.Unavailable> = {
  en: en.Unavailable,
  fr: fr.Unavailable,
  es: es.Unavailable,
};

/** Seconds a client is asked to wait before trying again while the database is out of reach. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * The 503 a page request gets while the database is out of reach: a static page in the reader's
 * language that needs nothing the outage took away, never stored.
 */
export function unavailablePage(locale: TLocale): string {
  const { title, body, retry } = MESSAGES[locale];
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main><h1>${title}</h1><p>${body}</p><p><a href="">${retry}</a></p></main></body></html>`;
}
