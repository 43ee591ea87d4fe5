import { sendInvitationMail } from "~/server/invitation/mail";
import { resendInvitation as reissue } from "~/server/invitation/mutations";
import { requireServices } from "../../services";
import { invitationManagerProcedure } from "../../trpc";

/** Mails a new link (valid for a fresh period), in the invitation's language; the old link stops working. */
export const resendInvitation = invitationManagerProcedure.mutation(async ({ ctx }) => {
  const { mailer } = requireServices(ctx);
  const { token } = await reissue(ctx.db, { actorId: ctx.user.id, id: ctx.invitation.id });
  const isMailSent = await sendInvitationMail(ctx.db, mailer, {
    invitationId: ctx.invitation.id,
    token,
  });
  return { isMailSent, isKeptInOutbox: isMailSent && mailer.isOutbox === true };
});
