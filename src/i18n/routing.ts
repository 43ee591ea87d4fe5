import { defineRouting } from "next-intl/routing";

export const locales = ["en", "fr", "es"] as const;
export type TLocale = (typeof locales)[number];

export const routing = defineRouting({
  locales,
  defaultLocale: "en",
  localePrefix: "always",
});

export function isLocale(value: string): value is TLocale {
  return (locales as readonly string[]).includes(value);
}

/** A stored language as a locale of the interface; `fallback` when it is missing or not one of them. */
export function toLocale(
  value: string | null | undefined,
  fallback: TLocale = routing.defaultLocale,
): TLocale {
  return value && isLocale(value) ? value : fallback;
}
