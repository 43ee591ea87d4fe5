// An event as a sentence in the reader's language: the process, the subject (its title as the
// reader's language has it, else the first language it was written in) and what changed. Built as
// segments so the page makes links of the names and the Atom feed writes plain text.
import { createTranslator } from "next-intl";
import { countryName } from "~/domain/country/names";
import {
  ZDocumentDetails,
  ZMembershipDetails,
  ZRescheduledDetails,
  type TActivityWhen,
} from "~/domain/peer-event/details";
import { rcpShortName } from "~/domain/rcp/names";
import type { PeerEventKind } from "~/generated/prisma/client";
import { messages } from "~/i18n/messages";
import type { TLocale } from "~/i18n/routing";
import { isIsoCountryCode } from "~/lib/participant-code";
import { memoByKey } from "~/lib/memo";
import { formatPartialDate } from "~/lib/partial-date";
import { pickLanguage } from "~/server/calendar/event-text";

export const SENTENCE_SELECT = {
  id: true,
  kind: true,
  createdAt: true,
  details: true,
  rcp: { select: { slug: true, name: true, shortName: true, acronym: true, localizedNames: true } },
  activity: {
    select: {
      slug: true,
      title: true,
      startDate: true,
      startPrecision: true,
      endDate: true,
      endPrecision: true,
    },
  },
  document: { select: { title: true } },
} as const;

type TDatePrecision = "YEAR" | "MONTH" | "DAY";

export type TSentenceEvent = {
  kind: PeerEventKind;
  details: unknown;
  rcp: { slug: string; name: string; shortName: string; acronym: string | null; localizedNames: unknown };
  activity: {
    slug: string;
    title: unknown;
    startDate: Date;
    startPrecision: TDatePrecision;
    endDate: Date | null;
    endPrecision: TDatePrecision | null;
  } | null;
  document: { title: string } | null;
};

export type TSegment = { text: string; href?: string; lang?: string };

// Placeholders that user text cannot contain (plain-text fields refuse control characters).
const MARK = "\u0000";
const slot = (name: string) => `${MARK}${name}${MARK}`;

// One translator and one date format per language for the process: a digest run words hundreds of
// thousands of sentences, and building either anew costs more than the sentence itself.
const translator = memoByKey((locale: TLocale) =>
  createTranslator({ locale, messages: messages[locale], namespace: "FeedEvent" }),
);

const MONTH = { year: "numeric", month: "long", timeZone: "UTC" } as const;
const monthFormat = memoByKey((locale: TLocale) => new Intl.DateTimeFormat(locale, MONTH));
const dayFormat = memoByKey(
  (locale: TLocale) => new Intl.DateTimeFormat(locale, { ...MONTH, day: "numeric" }),
);

function day(date: Date, precision: TDatePrecision, locale: TLocale): string {
  if (precision === "YEAR") return formatPartialDate(date, precision);
  return (precision === "MONTH" ? monthFormat : dayFormat)(locale).format(date);
}

function activityDates(activity: NonNullable<TSentenceEvent["activity"]>, locale: TLocale): string {
  const start = day(activity.startDate, activity.startPrecision, locale);
  if (!activity.endDate || !activity.endPrecision) return start;
  const end = day(activity.endDate, activity.endPrecision, locale);
  return end === start ? start : `${start} – ${end}`;
}

function previousDates(previous: TActivityWhen, locale: TLocale): string {
  const start = day(new Date(`${previous.startDate}T00:00:00Z`), "DAY", locale);
  if (!previous.endDate || previous.endDate === previous.startDate) return start;
  return `${start} – ${day(new Date(`${previous.endDate}T00:00:00Z`), "DAY", locale)}`;
}

const list = (items: string[], locale: TLocale) =>
  new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(items);

const participantName = (code: string, locale: TLocale) =>
  isIsoCountryCode(code) ? countryName(code, locale) : code.toUpperCase();

/** The sentence, or null for an event whose subject this reader's render cannot name. */
export function eventSentence(event: TSentenceEvent, locale: TLocale): TSegment[] | null {
  const t = translator(locale);
  const process: TSegment = {
    text: rcpShortName(event.rcp, locale),
    href: `/${locale}/rcps/${event.rcp.slug}`,
  };
  const title = event.activity ? pickLanguage(event.activity.title, locale) : null;
  const subject: TSegment | null =
    event.activity && title
      ? { text: title.text, lang: title.lang, href: `/${locale}/activities/${event.activity.slug}` }
      : null;
  const when = event.activity ? activityDates(event.activity, locale) : "";
  const slots: Record<string, TSegment> = { process, ...(subject ? { subject } : {}) };
  const fill = (key: Parameters<typeof t>[0], values: Record<string, string> = {}) =>
    t(key, { process: slot("process"), subject: slot("subject"), when, ...values });

  let text: string;
  switch (event.kind) {
    case "ACTIVITY_POSTED":
    case "ACTIVITY_CANCELLED":
    case "COHOST_JOINED":
      if (!subject) return null;
      text = fill(event.kind);
      break;
    case "ACTIVITY_RESCHEDULED": {
      const details = ZRescheduledDetails.safeParse(event.details);
      if (!subject || !details.success) return null;
      const previous = previousDates(details.data.previous, locale);
      text = fill(details.data.isPostponed ? "ACTIVITY_POSTPONED" : "ACTIVITY_RESCHEDULED", { previous });
      break;
    }
    case "REGISTRATION_OPENED":
      if (!subject) return null;
      text = fill("REGISTRATION_OPENED");
      break;
    case "DOCUMENT_PUBLISHED": {
      const details = ZDocumentDetails.safeParse(event.details);
      const documentTitle = event.document?.title ?? (details.success ? details.data.title : "");
      if (!subject || !documentTitle) return null;
      slots.document = { text: documentTitle };
      text = fill("DOCUMENT_PUBLISHED", { document: slot("document") });
      break;
    }
    case "PRIORITIES_CHANGED":
    case "RCP_CREATED":
      text = fill(event.kind);
      break;
    case "MEMBERSHIP_CHANGED": {
      const details = ZMembershipDetails.safeParse(event.details);
      // Without who joined or left, the change is still worth a sentence.
      if (!details.success) {
        text = fill("MEMBERSHIP_UPDATED");
        break;
      }
      const names = (members: { code: string }[]) =>
        list([...new Set(members.map((m) => participantName(m.code, locale)))], locale);
      const parts = [
        details.data.added.length > 0 ? fill("MEMBERS_JOINED", { members: names(details.data.added) }) : null,
        details.data.removed.length > 0
          ? fill("MEMBERS_LEFT", { members: names(details.data.removed) })
          : null,
      ].filter((part): part is string => part !== null);
      if (parts.length === 0) return null;
      text = parts.join(" ");
      break;
    }
  }
  return text
    .split(MARK)
    .map((piece, index) => (index % 2 === 1 ? (slots[piece] ?? { text: "" }) : { text: piece }))
    .filter((segment) => segment.text !== "");
}

export const sentenceText = (segments: readonly TSegment[]) => segments.map((s) => s.text).join("");

/**
 * For lists that must show every event (notifications, mail): the sentence, else the process's
 * name leading to its profile.
 */
export const eventSentenceOrName = (event: TSentenceEvent, locale: TLocale): TSegment[] =>
  eventSentence(event, locale) ?? [
    { text: rcpShortName(event.rcp, locale), href: `/${locale}/rcps/${event.rcp.slug}` },
  ];
