// Peer-update mail: one event as it happens, or a digest of a window's events, in the recipient's
// language, each with its one-click unsubscribe link (in the text and in the List-Unsubscribe
// headers, RFC 8058). Texts live in the "MailPeer" messages.
import { createTranslator } from "next-intl";
import { messages } from "~/i18n/messages";
import type { TLocale } from "~/i18n/routing";
import { memoByKey } from "~/lib/memo";
import type { TMailEvent } from "~/server/peer-mail/events";
import { eventSentenceOrName, sentenceText } from "~/server/peer-event/sentence";
import { appLink, type TMailHeaders, type TMailMessage } from "./mailer";
import { compose, translator } from "./messages";

type TPeerMailBase = {
  locale: TLocale;
  appUrl: string;
  to: string;
  name: string | null;
  unsubscribeToken: string;
};

export type TPeerMail = TMailMessage & { headers: TMailHeaders };

const peerTranslator = memoByKey((locale: TLocale) =>
  createTranslator({ locale, messages: messages[locale], namespace: "MailPeer" }),
);

/** The feed's sentence for the event, as plain text. */
export const eventLine = (event: TMailEvent, locale: TLocale) =>
  sentenceText(eventSentenceOrName(event, locale));

const shortDay = memoByKey(
  (locale: TLocale) => new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", timeZone: "UTC" }),
);

function eventPath(event: TMailEvent, locale: TLocale): string {
  return event.activity
    ? `/${locale}/activities/${event.activity.slug}`
    : `/${locale}/rcps/${event.rcp.slug}`;
}

function unsubscribeParts(mail: TPeerMailBase) {
  const t = peerTranslator(mail.locale);
  const page = appLink(mail.appUrl, `/${mail.locale}/unsubscribe/${mail.unsubscribeToken}`);
  const oneClick = appLink(mail.appUrl, `/api/unsubscribe/${mail.unsubscribeToken}?locale=${mail.locale}`);
  return {
    notes: [
      t("why"),
      t("preferences", { link: appLink(mail.appUrl, `/${mail.locale}/email-preferences`) }),
      t("unsubscribe", { link: page }),
    ],
    headers: { "List-Unsubscribe": `<${oneClick}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}

const greeting = (locale: TLocale, name: string | null) =>
  name ? translator(locale)("greetingNamed", { name }) : translator(locale)("greeting");

export function peerEventMail(mail: TPeerMailBase & { event: TMailEvent }): TPeerMail {
  const t = peerTranslator(mail.locale);
  const line = eventLine(mail.event, mail.locale);
  const { notes, headers } = unsubscribeParts(mail);
  const message = compose(mail.locale, {
    to: mail.to,
    subject: line,
    greeting: greeting(mail.locale, mail.name),
    paragraphs: [t("eventLead"), line],
    action: { label: t("eventButton"), link: appLink(mail.appUrl, eventPath(mail.event, mail.locale)) },
    notes,
  });
  return { ...message, headers };
}

export function peerDigestMail(
  mail: TPeerMailBase & {
    frequency: "DAILY" | "WEEKLY";
    events: TMailEvent[];
    total: number;
    /** eventLine, or a run's memo of it: many digests report the same events. */
    line?: (event: TMailEvent) => string;
  },
): TPeerMail {
  const t = peerTranslator(mail.locale);
  const day = shortDay(mail.locale);
  const line = mail.line ?? ((event: TMailEvent) => eventLine(event, mail.locale));
  const lines = mail.events.map((event) => `• ${day.format(event.createdAt)} — ${line(event)}`);
  const more = mail.total - mail.events.length;
  const { notes, headers } = unsubscribeParts(mail);
  const message = compose(mail.locale, {
    to: mail.to,
    subject: t("digestSubject", { frequency: mail.frequency, count: mail.total }),
    greeting: greeting(mail.locale, mail.name),
    paragraphs: [
      t("digestLead", { frequency: mail.frequency, count: mail.total }),
      lines.join("\n"),
      ...(more > 0 ? [t("digestMore", { count: more })] : []),
    ],
    action: { label: t("digestButton"), link: appLink(mail.appUrl, `/${mail.locale}`) },
    notes,
  });
  return { ...message, headers };
}
