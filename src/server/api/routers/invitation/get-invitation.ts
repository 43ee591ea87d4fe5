import { ZInvitationTokenInput } from "~/domain/invitation/schema";
import { DomainError } from "~/server/errors";
import { getInvitationByToken } from "~/server/invitation/data";
import { publicProcedure } from "../../trpc";

/** For the holder of the link: who is invited to what, or why the link no longer works. */
export const getInvitation = publicProcedure.input(ZInvitationTokenInput).query(async ({ ctx, input }) => {
  const invitation = await getInvitationByToken(ctx.db, input.token);
  if (!invitation) throw new DomainError("NOT_FOUND");
  return invitation;
});
