// An event as one sentence in the reader's language, and where it leads. The feed words its items
// the same way; the two are to share one version.
import { rcpShortName } from "~/domain/rcp/names";
import { pickActivityText } from "~/features/activity/activity-text";
import type { TLocale } from "~/i18n/routing";

export type TNotificationEvent = {
  kind: string;
  rcp: { slug: string; shortName: string; localizedNames: unknown };
  activity: { slug: string; title: unknown } | null;
  document: { title: string } | null;
};

type TTranslate = (key: string, values: Record<string, string>) => string;

export function notificationSentence(event: TNotificationEvent, locale: TLocale, t: TTranslate) {
  return t(event.kind, {
    rcp: rcpShortName(event.rcp, locale),
    title: event.activity ? pickActivityText(event.activity.title, locale).text : "",
    document: event.document?.title ?? "",
  });
}

/** The page the event is about, without the locale: its activity, else its process. */
export const notificationPath = (event: TNotificationEvent) =>
  event.activity ? `/activities/${event.activity.slug}` : `/rcps/${event.rcp.slug}`;
