// The platform's emails, in the recipient's language: plain text for every client, and a simple
// HTML part with the same words. Texts live in the "Mail" messages.
import { createTranslator } from "next-intl";
import { nameGender } from "~/domain/rcp/names";
import { messages } from "~/i18n/messages";
import type { TLocale } from "~/i18n/routing";
import { memoByKey } from "~/lib/memo";
import { appLink, type TMailMessage } from "./mailer";

export const INVITATION_VALID_DAYS = 7;
export const PASSWORD_RESET_VALID_MINUTES = 60;

type TInvitationMail = {
  locale: TLocale;
  appUrl: string;
  to: string;
  token: string;
  name: string | null;
  inviterName: string;
  rcp: { shortName: string; role: "EDITOR" | "VIEWER" } | null;
  isPlatformAdmin: boolean;
};

export function invitationMail(mail: TInvitationMail): TMailMessage {
  const t = translator(mail.locale);
  const link = appLink(mail.appUrl, `/${mail.locale}/invitation/${mail.token}`);
  // The process's name in the mail's language, with the article its grammar asks for.
  const rcp = mail.rcp && { rcp: mail.rcp.shortName, gender: nameGender(mail.rcp.shortName, mail.locale) };
  const invitation =
    mail.rcp && rcp
      ? t("invitationToRcp", { inviter: mail.inviterName, ...rcp, role: mail.rcp.role })
      : t("invitationAsAdmin", { inviter: mail.inviterName });
  const lead = mail.rcp && mail.isPlatformAdmin ? [invitation, t("invitationAlsoAdmin")] : [invitation];
  return compose(mail.locale, {
    to: mail.to,
    subject: rcp ? t("invitationSubject", rcp) : t("invitationSubjectAdmin"),
    greeting: mail.name ? t("greetingNamed", { name: mail.name }) : t("greeting"),
    paragraphs: [...lead, t("invitationAction")],
    action: { label: t("invitationButton"), link },
    notes: [t("invitationExpiry", { days: INVITATION_VALID_DAYS }), t("invitationIgnore")],
  });
}

type TPasswordResetMail = {
  locale: TLocale;
  appUrl: string;
  to: string;
  token: string;
  name: string | null;
};

export function passwordResetMail(mail: TPasswordResetMail): TMailMessage {
  const t = translator(mail.locale);
  const link = appLink(mail.appUrl, `/${mail.locale}/reset-password/${mail.token}`);
  return compose(mail.locale, {
    to: mail.to,
    subject: t("resetSubject"),
    greeting: mail.name ? t("greetingNamed", { name: mail.name }) : t("greeting"),
    paragraphs: [t("resetRequested", { email: mail.to }), t("resetAction")],
    action: { label: t("resetButton"), link },
    notes: [t("resetExpiry", { minutes: PASSWORD_RESET_VALID_MINUTES }), t("resetIgnore")],
  });
}

export const translator = memoByKey((locale: TLocale) =>
  createTranslator({ locale, messages: messages[locale], namespace: "Mail" }),
);

export type TMailContent = {
  to: string;
  subject: string;
  greeting: string;
  paragraphs: string[];
  action: { label: string; link: string };
  notes: string[];
};

/** A mail of the platform's usual shape: greeting, paragraphs, one action, notes, signature. */
export function compose(locale: TLocale, content: TMailContent): TMailMessage {
  const t = translator(locale);
  const signature = t("signature");
  const text = [
    content.greeting,
    ...content.paragraphs,
    content.action.link,
    content.notes.join("\n"),
    `— ${signature}`,
  ].join("\n\n");
  const html = `<!doctype html>
<html lang="${locale}">
<body style="margin:0;padding:24px;background:#f5f7fa;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1b2330;line-height:1.5">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #d5dbe3;border-radius:8px;padding:24px">
<p>${escape(content.greeting)}</p>
${content.paragraphs.map((paragraph) => `<p>${escape(paragraph)}</p>`).join("\n")}
<p><a href="${escape(content.action.link)}" style="display:inline-block;background:#0b5cab;color:#ffffff;padding:10px 16px;border-radius:4px;text-decoration:none;font-weight:600">${escape(content.action.label)}</a></p>
<p style="font-size:14px;color:#4a5565">${escape(t("linkFallback"))}<br><a href="${escape(content.action.link)}" style="color:#0b5cab;word-break:break-all">${escape(content.action.link)}</a></p>
<p style="font-size:14px;color:#4a5565">${content.notes.map(escape).join("<br>")}</p>
<p style="font-size:14px;color:#4a5565">— ${escape(signature)}</p>
</div>
</body>
</html>
`;
  return { to: content.to, subject: content.subject, text, html };
}

const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

function escape(value: string): string {
  return value.replace(/[&<>"']/g, (char) => entities[char] ?? char);
}
