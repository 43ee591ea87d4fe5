// The mail that asks an RCP's editors to co-host an activity, in the recipient's language.
import { createTranslator } from "next-intl";
import { nameGender } from "~/domain/rcp/names";
import { messages } from "~/i18n/messages";
import type { TLocale } from "~/i18n/routing";
import { appLink, type TMailMessage } from "./mailer";
import { compose, translator } from "./messages";

type TCoHostInvitationMail = {
  locale: TLocale;
  appUrl: string;
  to: string;
  name: string | null;
  inviterName: string;
  /** Short names in the mail's language. */
  hosts: string[];
  invited: { slug: string; shortName: string };
  title: string;
  /** The activity's first day, already written for the mail's language. */
  when: string;
};

export function coHostInvitationMail(mail: TCoHostInvitationMail): TMailMessage {
  const t = createTranslator({
    locale: mail.locale,
    messages: messages[mail.locale],
    namespace: "CoHostsMail",
  });
  const greetings = translator(mail.locale);
  const invited = {
    rcp: mail.invited.shortName,
    gender: nameGender(mail.invited.shortName, mail.locale),
  };
  return compose(mail.locale, {
    to: mail.to,
    subject: t("subject", { title: mail.title }),
    greeting: mail.name ? greetings("greetingNamed", { name: mail.name }) : greetings("greeting"),
    paragraphs: [
      t("invitation", {
        inviter: mail.inviterName,
        hosts: new Intl.ListFormat(mail.locale, { type: "conjunction" }).format(mail.hosts),
        ...invited,
        title: mail.title,
        when: mail.when,
      }),
      t("equal"),
      t("action"),
    ],
    action: {
      label: t("button"),
      link: appLink(mail.appUrl, `/${mail.locale}/manage/${mail.invited.slug}/activities`),
    },
    notes: [t("why", invited)],
  });
}
