import { ZAcceptInvitationInput } from "~/domain/invitation/accept-schema";
import { ZNewPassword } from "~/server/auth/password-policy";
import { acceptInvitation as accept } from "~/server/invitation/mutations";
import { publicProcedure } from "../../trpc";

/** The link is the credential: whoever holds an open one sets the account's name and password. */
export const acceptInvitation = publicProcedure
  // The form checked length and personal words; common passwords are refused here, as a field error.
  .input(ZAcceptInvitationInput.extend({ password: ZNewPassword }))
  .mutation(({ ctx, input }) => accept(ctx.db, input));
