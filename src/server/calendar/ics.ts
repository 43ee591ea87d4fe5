// Activities as an iCalendar (RFC 5545) document. ical-generator writes the format (escaping,
// line folding, CRLF); this file decides what each property says.
import ical, { ICalEventStatus } from "ical-generator";
import type { TActivityStatus } from "~/domain/activity/vocabulary";
import type { TLocale } from "~/i18n/routing";
import type { TDatePrecision } from "~/lib/partial-date";
import { eventDescription, eventLocation, pickLanguage } from "./event-text";
import type { TFeedActivity } from "./feed-activity";

const DAY_MS = 24 * 60 * 60 * 1000;

// A postponed activity keeps its old dates until new ones are set: calendars show it as not
// confirmed, and its notes say why.
const STATUS: Record<TActivityStatus, ICalEventStatus> = {
  SCHEDULED: ICalEventStatus.CONFIRMED,
  POSTPONED: ICalEventStatus.TENTATIVE,
  CANCELLED: ICalEventStatus.CANCELLED,
};

/** The last day of the period a partial date names: the month of "2004-05", the year of "2009". */
function periodEnd(start: Date, precision: TDatePrecision): Date {
  const year = start.getUTCFullYear();
  if (precision === "YEAR") return new Date(Date.UTC(year, 11, 31));
  if (precision === "MONTH") return new Date(Date.UTC(year, start.getUTCMonth() + 1, 0));
  return start;
}

/**
 * Exact times when the activity has them (in UTC, which every calendar program converts to its
 * reader's zone; the event's own zone is named in its notes). Otherwise whole days covering all
 * that is known: "May 2004" is the month. All-day ends are exclusive, hence the day after.
 */
export function eventTimes(activity: TFeedActivity): { start: Date; end: Date | null; allDay: boolean } {
  if (activity.startsAt && (activity.endsAt || !activity.endDate)) {
    const end = activity.endsAt && activity.endsAt > activity.startsAt ? activity.endsAt : null;
    return { start: activity.startsAt, end, allDay: false };
  }
  const lastDay =
    activity.endDate && activity.endDate >= activity.startDate
      ? activity.endDate
      : periodEnd(activity.startDate, activity.startPrecision);
  return { start: activity.startDate, end: new Date(lastDay.getTime() + DAY_MS), allDay: true };
}

export type TCalendarDocument = {
  name: string;
  locale: TLocale;
  /** The app's origin, e.g. https://rcp-exchange.org: the activity pages' links and the UIDs' domain. */
  origin: string;
  activities: readonly TFeedActivity[];
};

export function activityPageUrl(origin: string, locale: TLocale, slug: string): string {
  return `${origin}/${locale}/activities/${slug}`;
}

export function buildIcs({ name, locale, origin, activities }: TCalendarDocument): string {
  const host = new URL(origin).hostname;
  const calendar = ical({
    name,
    prodId: { company: "RCP Exchange", product: "Activities", language: locale.toUpperCase() },
    // Subscribed calendars ask again after this long (seconds).
    ttl: 60 * 60,
  });
  for (const activity of activities) {
    const url = activityPageUrl(origin, locale, activity.slug);
    const times = eventTimes(activity);
    calendar.createEvent({
      // The same event in every feed and language, across edits: the activity's id never changes.
      id: `${activity.id}@${host}`,
      // Every saved change increases the version, so calendars replace their copy.
      sequence: activity.version,
      // Without a METHOD, DTSTAMP is when the information was last revised (RFC 5545 3.8.7.2).
      stamp: activity.updatedAt,
      lastModified: activity.updatedAt,
      start: times.start,
      end: times.end,
      allDay: times.allDay,
      summary: pickLanguage(activity.title, locale)?.text ?? activity.slug,
      description: eventDescription(activity, locale, url),
      location: eventLocation(activity, locale),
      url,
      status: STATUS[activity.status],
    });
  }
  return calendar.toString();
}
