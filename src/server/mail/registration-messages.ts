// The mails registration sends: to the person (each with their private link) and the hosts' daily
// summary, in the recipient's language. Texts live in the "MailRegistration" messages.
import { createTranslator } from "next-intl";
import { messages } from "~/i18n/messages";
import type { TLocale } from "~/i18n/routing";
import type { TRegistrationStatus } from "~/domain/registration/vocabulary";
import { appLink, type TMailMessage } from "./mailer";
import { compose, translator } from "./messages";

export const PERSON_MAIL_KINDS = [
  "confirmed",
  "pending",
  "waitlisted",
  "promotedConfirmed",
  "promotedPending",
  "approved",
  "rejected",
  "withdrawn",
  "reminder",
  "link",
] as const;
export type TPersonMailKind = (typeof PERSON_MAIL_KINDS)[number];

const SUBJECTS = {
  confirmed: "subjectConfirmed",
  pending: "subjectPending",
  waitlisted: "subjectWaitlisted",
  promotedConfirmed: "subjectPromoted",
  promotedPending: "subjectPromoted",
  approved: "subjectApproved",
  rejected: "subjectRejected",
  withdrawn: "subjectWithdrawn",
  reminder: "subjectReminder",
  link: "subjectLink",
} as const satisfies Record<TPersonMailKind, string>;

const mailTranslator = (locale: TLocale) =>
  createTranslator({ locale, messages: messages[locale], namespace: "MailRegistration" });

export type TPersonMail = {
  kind: TPersonMailKind;
  locale: TLocale;
  appUrl: string;
  to: string;
  name: string;
  /** The activity's title and first day, already written in the mail's language. */
  title: string;
  when: string;
  token: string;
  /** Place in the waiting line (waitlisted). */
  position?: number;
  /** The hosts' reason (rejected, approved). */
  reason?: string | null;
  /** Who registered the person, when someone else did (first mail only). */
  registrar?: string | null;
};

export function registrationPersonMail(mail: TPersonMail): TMailMessage {
  const t = mailTranslator(mail.locale);
  const facts = { title: mail.title, when: mail.when };
  const lead = t(mail.kind, { ...facts, position: mail.position ?? 0 });
  const paragraphs = [lead];
  if (mail.reason) paragraphs.push(t("reason", { reason: mail.reason }));
  if (mail.registrar) paragraphs.push(t("registeredBy", { registrar: mail.registrar }));
  paragraphs.push(t("action"));
  return compose(mail.locale, {
    to: mail.to,
    subject: t(SUBJECTS[mail.kind], facts),
    greeting: translator(mail.locale)("greetingNamed", { name: mail.name }),
    paragraphs,
    action: { label: t("button"), link: appLink(mail.appUrl, `/${mail.locale}/registration/${mail.token}`) },
    notes: [t("privateLink")],
  });
}

export type TSummaryMail = {
  locale: TLocale;
  appUrl: string;
  to: string;
  name: string | null;
  title: string;
  when: string;
  /** The day summarised, already written in the mail's language. */
  day: string;
  /** Where the participant list is: the host's management address of the activity. */
  path: string;
  changes: { name: string; status: TRegistrationStatus }[];
  counts: { confirmed: number; pending: number; waitlisted: number; capacity: number };
};

export function registrationSummaryMail(mail: TSummaryMail): TMailMessage {
  const t = mailTranslator(mail.locale);
  const greetings = translator(mail.locale);
  return compose(mail.locale, {
    to: mail.to,
    subject: t("summarySubject", { title: mail.title, day: mail.day }),
    greeting: mail.name ? greetings("greetingNamed", { name: mail.name }) : greetings("greeting"),
    paragraphs: [
      t("summaryIntro", { title: mail.title, when: mail.when, day: mail.day, changes: mail.changes.length }),
      mail.changes.map((change) => t("summaryLine", change)).join("\n"),
      t("summaryCounts", mail.counts),
    ],
    action: { label: t("summaryButton"), link: appLink(mail.appUrl, mail.path) },
    notes: [t("summaryWhy")],
  });
}
