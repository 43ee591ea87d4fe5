import { ZInvitationIdInput } from "~/domain/invitation/schema";
import { DomainError } from "~/server/errors";
import { findInvitationTarget } from "~/server/invitation/data";
import { revokeInvitation as revoke } from "~/server/invitation/mutations";
import { manageInvitationDecision } from "~/server/invitation/policy";
import { protectedProcedure } from "../../trpc";

/** Withdraws an open invitation: its link stops working at once. */
export const revokeInvitation = protectedProcedure
  .input(ZInvitationIdInput)
  .mutation(async ({ ctx, input }) => {
    const target = await findInvitationTarget(ctx.db, input.id);
    if (!target) throw new DomainError("NOT_FOUND");
    const decision = manageInvitationDecision(ctx.access, {
      rcpId: target.rcpId,
      isPlatformAdmin: target.platformRole === "ADMIN",
    });
    if (decision !== "ALLOWED") throw new DomainError(decision);
    await revoke(ctx.db, { actorId: ctx.user.id, id: target.id });
    return { id: target.id };
  });
