import { getTranslations } from "next-intl/server";
import { env } from "~/env";
import { SignInForm } from "~/features/auth/sign-in-form";
import { safeReturnPath } from "~/features/auth/safe-return-path";
import { Link } from "~/i18n/navigation";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";
import { CLIENT_MESSAGES } from "~/i18n/client-message-paths";
import { ClientMessages } from "~/i18n/client-messages";

type TProps = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[] }>;
};

export const generateMetadata = titleMetadata("Auth", "signIn");

export default async function SignInPage({ params, searchParams }: TProps) {
  const locale = await pageLocale(params);
  const query = await searchParams;
  const t = await getTranslations("Auth");
  const tReset = await getTranslations("PasswordReset");
  const sso = env.OIDC_ISSUER ? { name: env.OIDC_NAME } : null;
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("signInTitle")}</h1>
      <p className="text-muted">{t("signInIntro")}</p>
      <ClientMessages paths={CLIENT_MESSAGES.signIn}>
        <SignInForm
          returnTo={safeReturnPath(query.callbackUrl, `/${locale}/manage`)}
          sso={sso}
          isSsoDenied={query.error === "AccessDenied"}
        />
      </ClientMessages>
      <p>
        <Link href="/forgot-password" className="font-medium underline">
          {tReset("forgotLink")}
        </Link>
      </p>
    </div>
  );
}
