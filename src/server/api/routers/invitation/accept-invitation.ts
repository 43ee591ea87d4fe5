import { ZAcceptInvitationInput } from "~/domain/invitation/accept-schema";
import { acceptInvitation as accept } from "~/server/invitation/mutations";
import { publicProcedure } from "../../trpc";

/** The link is the credential: whoever holds an open one sets the account's name and password. */
export const acceptInvitation = publicProcedure
  .input(ZAcceptInvitationInput)
  .mutation(({ ctx, input }) => accept(ctx.db, input));
