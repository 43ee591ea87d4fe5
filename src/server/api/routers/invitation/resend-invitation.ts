import { ZInvitationIdInput } from "~/domain/invitation/schema";
import { DomainError } from "~/server/errors";
import { findInvitationTarget } from "~/server/invitation/data";
import { sendInvitationMail } from "~/server/invitation/mail";
import { resendInvitation as reissue } from "~/server/invitation/mutations";
import { manageInvitationDecision } from "~/server/invitation/policy";
import { requireServices } from "../../services";
import { protectedProcedure } from "../../trpc";

/** Mails a new link (valid for a fresh period), in the invitation's language; the old link stops working. */
export const resendInvitation = protectedProcedure
  .input(ZInvitationIdInput)
  .mutation(async ({ ctx, input }) => {
    const { mailer } = requireServices(ctx);
    const target = await findInvitationTarget(ctx.db, input.id);
    if (!target) throw new DomainError("NOT_FOUND");
    const decision = manageInvitationDecision(ctx.access, {
      rcpId: target.rcpId,
      isPlatformAdmin: target.platformRole === "ADMIN",
    });
    if (decision !== "ALLOWED") throw new DomainError(decision);
    const { token } = await reissue(ctx.db, { actorId: ctx.user.id, id: target.id });
    const isMailSent = await sendInvitationMail(ctx.db, mailer, {
      invitationId: target.id,
      token,
    });
    return { isMailSent };
  });
