import { revokeInvitation as revoke } from "~/server/invitation/mutations";
import { invitationManagerProcedure } from "../../trpc";

/** Withdraws an open invitation: its link stops working at once. */
export const revokeInvitation = invitationManagerProcedure.mutation(async ({ ctx }) => {
  await revoke(ctx.db, { actorId: ctx.user.id, id: ctx.invitation.id });
  return { id: ctx.invitation.id };
});
