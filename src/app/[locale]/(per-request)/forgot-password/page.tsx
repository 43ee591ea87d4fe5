import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "~/features/auth/forgot-password-form";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";
import { CLIENT_MESSAGES } from "~/i18n/client-message-paths";
import { ClientMessages } from "~/i18n/client-messages";

type TProps = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("PasswordReset", "forgotTitle");

export default async function ForgotPasswordPage({ params }: TProps) {
  await pageLocale(params);
  const t = await getTranslations("PasswordReset");
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("forgotTitle")}</h1>
      <p className="text-muted">{t("forgotIntro")}</p>
      <ClientMessages paths={CLIENT_MESSAGES.passwordReset}>
        <ForgotPasswordForm />
      </ClientMessages>
    </div>
  );
}
