import { sendInvitationMail } from "~/server/invitation/mail";
import { createInvitation as createInvitationRecord } from "~/server/invitation/mutations";
import { requireServices } from "../../services";
import { invitingProcedure } from "../../trpc";

/** Administrators invite anyone, as administrators too; editors invite colleagues to their own RCP. */
export const createInvitation = invitingProcedure.mutation(async ({ ctx, input }) => {
  const { mailer } = requireServices(ctx);
  const { id, token } = await createInvitationRecord(ctx.db, {
    actorId: ctx.user.id,
    email: input.email,
    name: input.name,
    locale: input.locale,
    isPlatformAdmin: input.isPlatformAdmin,
    rcp: input.rcp,
  });
  const isMailSent = await sendInvitationMail(ctx.db, mailer, {
    invitationId: id,
    token,
  });
  // On a local run without a mail server nothing leaves the machine: the inviter is told so.
  return { id, isMailSent, isKeptInOutbox: isMailSent && mailer.isOutbox === true };
});
