// The calendar addresses, built in one place so that pages, emails and tests link to the same
// routes (src/app/api/calendar). Paths only: callers that need an absolute address prefix the
// app's origin.
import type { TLocale } from "~/i18n/routing";

const base = (locale: TLocale) => `/api/calendar/${locale}`;

export const calendarUrls = {
  /** Every public activity. */
  public: (locale: TLocale) => `${base(locale)}/public.ics`,
  /** The public activities one process hosts. */
  rcp: (locale: TLocale, rcpSlug: string) => `${base(locale)}/rcps/${rcpSlug}.ics`,
  /** The public activities on one theme of the shared taxonomy. */
  theme: (locale: TLocale, themeSlug: string) => `${base(locale)}/themes/${themeSlug}.ics`,
  /** One activity, for "Add to calendar". */
  activity: (locale: TLocale, activitySlug: string) => `${base(locale)}/activities/${activitySlug}.ics`,
  /** A person's own feed; the token is the secret the address carries. */
  personal: (locale: TLocale, token: string) => `${base(locale)}/personal/${token}.ics`,
} as const;

/** The page that explains how to subscribe, with the personal address. */
export const calendarPagePath = (locale: TLocale) => `/${locale}/calendar`;
