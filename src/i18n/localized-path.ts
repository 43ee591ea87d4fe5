import type { TLocale } from "./routing";

/**
 * An address of the app in one language: every page lives under its locale ("/rcps" → "/fr/rcps",
 * "/" → "/fr"). Addresses outside the app (another origin, "mailto:") are left as they are.
 */
export function localizedPath(locale: TLocale, href: string): string {
  if (!href.startsWith("/") || href.startsWith("//")) return href;
  const rest = href === "/" ? "" : href.startsWith("/?") || href.startsWith("/#") ? href.slice(1) : href;
  return `/${locale}${rest}`;
}

/**
 * The cookie that remembers a visitor's choice of language, as next-intl's middleware reads it
 * (its name and attributes are next-intl's defaults): written in the browser when someone switches,
 * because cached pages must set no cookie.
 */
export function localeCookie(locale: TLocale): string {
  return `NEXT_LOCALE=${locale};path=/;sameSite=lax`;
}
