import { ZInviteHostInput } from "~/domain/activity/hosts";
import { sendCoHostInvitationMails } from "~/server/activity/host-mail";
import { inviteHost as invite } from "~/server/activity/hosts";
import { requireServices } from "../../services";
import { activityManagerProcedure } from "../../trpc";

/** Invites another RCP to co-host; its editors are emailed. */
export const inviteHost = activityManagerProcedure
  .input(ZInviteHostInput)
  .mutation(async ({ ctx, input }) => {
    const { mailer } = requireServices(ctx);
    const { rcpId } = await invite(ctx.db, {
      activityId: ctx.activity.id,
      rcpSlug: input.rcpSlug,
      actorId: ctx.user.id,
      access: ctx.access,
    });
    const mailsSent = await sendCoHostInvitationMails(ctx.db, mailer, {
      activityId: ctx.activity.id,
      rcpId,
      actorId: ctx.user.id,
    });
    return { rcpId, mailsSent, isKeptInOutbox: mailsSent > 0 && mailer.isOutbox === true };
  });
