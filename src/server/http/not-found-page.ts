import en from "~/i18n/messages/en/shell.json";
import es from "~/i18n/messages/es/shell.json";
import fr from "~/i18n/messages/fr/shell.json";
import type { TLocale } from "~/i18n/routing";

const MESSAGES: Record<TLocale, typeof en.NotFound> = { en: en.NotFound, fr: fr.NotFound, es: es.NotFound };

/**
 * The 404 for an address refused before rendering: a static page in the reader's language, built
 * from the same messages as the app's own not-found page, that nothing renders and nothing stores.
 */
export function notFoundPage(locale: TLocale): string {
  const { title, body, home } = MESSAGES[locale];
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main><h1>${title}</h1><p>${body}</p><p><a href="/${locale}">${home}</a></p></main></body></html>`;
}
