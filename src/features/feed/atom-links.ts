import type { Metadata } from "next";
import type { TLocale } from "~/i18n/routing";

/** The <link rel="alternate"> of a process's public Atom feed, for its profile's metadata. */
export function rcpAtomAlternates(locale: TLocale, slug: string, title: string): Metadata["alternates"] {
  return { types: { "application/atom+xml": [{ url: `/api/feed/${locale}/rcps/${slug}.atom`, title }] } };
}
