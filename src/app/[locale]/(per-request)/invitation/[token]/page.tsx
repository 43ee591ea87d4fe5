import { getFormatter, getTranslations } from "next-intl/server";
import { AcceptInvitationForm } from "~/features/invitation/accept-invitation-form";
import { loadInvitation } from "~/features/invitation/load-invitation";
import { nameGender, rcpShortName } from "~/domain/rcp/names";
import { Link } from "~/i18n/navigation";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";
import { MOMENT_UTC } from "~/lib/date-formats";
import { CLIENT_MESSAGES } from "~/i18n/client-message-paths";
import { ClientMessages } from "~/i18n/client-messages";

type TProps = { params: Promise<{ locale: string; token: string }> };

// The token in the address is a credential: the page is not indexed and sends no referrer.
export const generateMetadata = titleMetadata("Invitation", "title", {
  robots: { index: false, follow: false },
  referrer: "no-referrer",
});

export default async function InvitationPage({ params }: TProps) {
  const locale = await pageLocale(params);
  const { token } = await params;
  const t = await getTranslations("Invitation");
  const tReset = await getTranslations("PasswordReset");
  const format = await getFormatter();
  const invitation = await loadInvitation(token);

  if (!invitation || invitation.state !== "pending") {
    const state = invitation?.state ?? "invalid";
    const [title, body] = {
      invalid: [t("invalidTitle"), t("invalidBody")],
      expired: [t("expiredTitle"), t("expiredBody")],
      accepted: [t("usedTitle"), t("usedBody")],
      revoked: [t("revokedTitle"), t("revokedBody")],
      archived: [t("archivedTitle"), t("archivedBody")],
    }[state];
    return (
      <div className="mx-auto max-w-md space-y-4">
        <h1 className="text-2xl font-bold">{title}</h1>
        <p className="text-muted">{body}</p>
        {state === "accepted" && (
          <p className="flex flex-wrap gap-4">
            <Link href="/sign-in" className="font-medium underline">
              {t("signIn")}
            </Link>
            <Link href="/forgot-password" className="font-medium underline">
              {tReset("forgotLink")}
            </Link>
          </p>
        )}
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <div className="space-y-2 text-muted">
        <p>
          {invitation.rcp
            ? t("toRcp", {
                email: invitation.email,
                rcp: rcpShortName(invitation.rcp, locale),
                gender: nameGender(rcpShortName(invitation.rcp, locale), locale),
                role: invitation.rcp.role,
              })
            : t("asAdmin", { email: invitation.email })}
        </p>
        {invitation.rcp && invitation.isPlatformAdmin && <p>{t("alsoAdmin")}</p>}
        {invitation.hasAccount && <p>{t("hasAccount")}</p>}
        <p>{t("validUntil", { date: format.dateTime(invitation.expiresAt, MOMENT_UTC) })}</p>
      </div>
      <ClientMessages paths={CLIENT_MESSAGES.invitation}>
        <AcceptInvitationForm token={token} email={invitation.email} name={invitation.name} />
      </ClientMessages>
    </div>
  );
}
