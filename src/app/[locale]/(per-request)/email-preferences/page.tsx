import { EmailPreferencesPage } from "~/features/email-preference/email-preferences-page";
import { PreferencesForm } from "~/features/email-preference/preferences-form";
import { CLIENT_MESSAGES } from "~/i18n/client-message-paths";
import { ClientMessages } from "~/i18n/client-messages";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";
import { requireUser } from "~/server/auth/require-user";
import { callerFor } from "~/trpc/server";

type TProps = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("EmailPreferences", "metaTitle", {
  robots: { index: false, follow: false },
});

export default async function EmailPreferencesRoute({ params }: TProps) {
  const locale = await pageLocale(params);
  const user = await requireUser(locale, `/${locale}/email-preferences`);
  const preference = await callerFor(user).emailPreference.get();
  return (
    <EmailPreferencesPage
      followCount={preference.followCount}
      form={
        <ClientMessages paths={CLIENT_MESSAGES.emailPreferences}>
          <PreferencesForm frequency={preference.frequency} />
        </ClientMessages>
      }
    />
  );
}
