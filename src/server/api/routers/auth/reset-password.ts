import { ZResetPasswordInput } from "~/domain/auth/password-schema";
import { ZNewPassword } from "~/server/auth/password-policy";
import { resetPassword as reset } from "~/server/password-reset/mutations";
import { requireServices } from "../../services";
import { publicProcedure } from "../../trpc";

/** Sets the new password once per link; every session of the account ends. */
export const resetPassword = publicProcedure
  .input(ZResetPasswordInput.extend({ password: ZNewPassword }))
  .mutation(async ({ ctx, input }) => {
    const { limits, clientIp } = requireServices(ctx);
    const { email } = await reset(ctx.db, input);
    // Whoever could read the account's mail may sign in now, even after a run of failed attempts.
    await limits.recordSignInSuccess({ email, ip: clientIp });
    return { email };
  });
