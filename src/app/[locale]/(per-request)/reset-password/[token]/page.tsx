import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "~/features/auth/reset-password-form";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";
import { CLIENT_MESSAGES } from "~/i18n/client-message-paths";
import { ClientMessages } from "~/i18n/client-messages";

type TProps = { params: Promise<{ locale: string; token: string }> };

// The token in the address is a credential: the page is not indexed and sends no referrer.
export const generateMetadata = titleMetadata("PasswordReset", "resetTitle", {
  robots: { index: false, follow: false },
  referrer: "no-referrer",
});

export default async function ResetPasswordPage({ params }: TProps) {
  await pageLocale(params);
  const { token } = await params;
  const t = await getTranslations("PasswordReset");
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("resetTitle")}</h1>
      <p className="text-muted">{t("resetIntro")}</p>
      <ClientMessages paths={CLIENT_MESSAGES.passwordReset}>
        <ResetPasswordForm token={token} />
      </ClientMessages>
    </div>
  );
}
