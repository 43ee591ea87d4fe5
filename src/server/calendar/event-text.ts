// The words of one calendar event in the feed's language: what a calendar program shows as the
// event's title, place and notes. Kept apart from the ICS writing so it can be read and tested
// as plain text.
import { createTranslator } from "next-intl";
import type { TDatePrecision } from "~/lib/partial-date";
import { messages } from "~/i18n/messages";
import { locales, type TLocale } from "~/i18n/routing";
import type { TFeedActivity } from "./feed-activity";

const LANGUAGE_ORDER: readonly TLocale[] = locales;

export type TPicked = { text: string; lang: TLocale };

/** The text in the feed's language, else the first language it was written in. */
export function pickLanguage(value: unknown, locale: TLocale): TPicked | null {
  if (typeof value !== "object" || value === null) return null;
  const texts = value as Partial<Record<string, unknown>>;
  for (const lang of [locale, ...LANGUAGE_ORDER.filter((other) => other !== locale)]) {
    const text = texts[lang];
    if (typeof text === "string" && text.trim()) return { text, lang };
  }
  return null;
}

export const feedTranslator = (locale: TLocale) =>
  createTranslator({ locale, messages: messages[locale], namespace: "CalendarFeed" });

const dayFormat = (locale: TLocale, precision: TDatePrecision) =>
  new Intl.DateTimeFormat(locale, {
    timeZone: "UTC",
    year: "numeric",
    ...(precision === "YEAR" ? {} : { month: "long" }),
    ...(precision === "DAY" ? { day: "numeric" } : {}),
  });

/** "May 2004", "2009", "May 2004 – June 2004": the dates as precisely as they are known. */
function approximateWhen(activity: TFeedActivity, locale: TLocale): string | null {
  const isApproximate =
    activity.startPrecision !== "DAY" || (activity.endPrecision !== null && activity.endPrecision !== "DAY");
  if (!isApproximate) return null;
  const start = dayFormat(locale, activity.startPrecision).format(activity.startDate);
  if (!activity.endDate || !activity.endPrecision) return start;
  const end = dayFormat(locale, activity.endPrecision).format(activity.endDate);
  return end === start ? start : `${start} – ${end}`;
}

function localTimes(activity: TFeedActivity, locale: TLocale): string | null {
  if (!activity.startsAt || !activity.timeZone) return null;
  const t = feedTranslator(locale);
  const format = new Intl.DateTimeFormat(locale, {
    timeZone: activity.timeZone,
    dateStyle: "long",
    timeStyle: "short",
  });
  const start = format.format(activity.startsAt);
  return activity.endsAt
    ? t("localTime", { start, end: format.format(activity.endsAt), zone: activity.timeZone })
    : t("localStart", { start, zone: activity.timeZone });
}

const languageName = (lang: TLocale, locale: TLocale) =>
  new Intl.DisplayNames([locale], { type: "language" }).of(lang) ?? lang;

export function eventLocation(activity: TFeedActivity, locale: TLocale): string | null {
  const t = feedTranslator(locale);
  const country = activity.countryCode
    ? new Intl.DisplayNames([locale], { type: "region" }).of(activity.countryCode)
    : undefined;
  const place = [activity.location, country && !activity.location?.includes(country) ? country : null]
    .filter(Boolean)
    .join(", ");
  const parts = [place, activity.isOnline ? t("online") : null].filter(Boolean);
  return parts.length > 0 ? parts.join(" · ") : null;
}

/** The event's notes: its state, how precisely its dates are known, its hosts, its description. */
export function eventDescription(activity: TFeedActivity, locale: TLocale, pageUrl: string): string {
  const t = feedTranslator(locale);
  const when = approximateWhen(activity, locale);
  const summary = pickLanguage(activity.summary, locale);
  const hostNames = activity.hostNames.join(", ");
  const notes = [
    activity.status === "POSTPONED" ? t("postponed") : null,
    activity.status === "CANCELLED" ? t("cancelled") : null,
    when ? t("approximate", { when }) : null,
    localTimes(activity, locale),
    hostNames ? t("hosts", { names: hostNames }) : null,
  ].filter((note): note is string => note !== null);
  const body = summary
    ? [
        summary.text.trim(),
        ...(summary.lang === locale
          ? []
          : [t("inLanguage", { language: languageName(summary.lang, locale) })]),
      ]
    : [];
  return [notes.join("\n"), ...body, t("page", { url: pageUrl })].filter(Boolean).join("\n\n");
}
