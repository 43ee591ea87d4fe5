import { rcpShortName } from "~/domain/rcp/names";
import { toLocale } from "~/i18n/routing";
import type { TDb } from "~/server/db-client";
import type { TMailer } from "~/server/mail/mailer";
import { invitationMail } from "~/server/mail/messages";

/**
 * Sends an invitation's link, in the language of the person's account when they have one, else in
 * the one the inviter chose (kept with the invitation, so a resent link speaks it too). False (and
 * logged) when the mail could not be handed over: the invitation stands and can be resent.
 */
export async function sendInvitationMail(
  db: TDb,
  mailer: TMailer,
  input: { invitationId: string; token: string },
): Promise<boolean> {
  const invitation = await db.invitation.findUniqueOrThrow({
    where: { id: input.invitationId },
    select: {
      email: true,
      name: true,
      locale: true,
      platformRole: true,
      rcpRole: true,
      rcp: { select: { shortName: true, localizedNames: true } },
      invitedBy: { select: { name: true, email: true } },
    },
  });
  const account = await db.user.findUnique({ where: { email: invitation.email }, select: { locale: true } });
  const locale = toLocale(account?.locale, toLocale(invitation.locale));
  try {
    await mailer.send(
      invitationMail({
        locale,
        appUrl: mailer.appUrl,
        to: invitation.email,
        token: input.token,
        name: invitation.name,
        inviterName: invitation.invitedBy.name ?? invitation.invitedBy.email,
        rcp:
          invitation.rcp && invitation.rcpRole
            ? { shortName: rcpShortName(invitation.rcp, locale), role: invitation.rcpRole }
            : null,
        isPlatformAdmin: invitation.platformRole === "ADMIN",
      }),
    );
    return true;
  } catch (error) {
    console.error("Invitation mail could not be sent", error);
    return false;
  }
}
