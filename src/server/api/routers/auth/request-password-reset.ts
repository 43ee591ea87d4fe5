import { ZForgotPasswordForm } from "~/domain/auth/schema";
import { afterResponse } from "~/server/http/after-response";
import { sendPasswordReset } from "~/server/password-reset/mutations";
import { requireServices } from "../../services";
import { publicProcedure } from "../../trpc";

/**
 * The answer is the same whether or not the address has an account, and comes before any lookup
 * (the work runs after the response), so neither its content nor its timing tells.
 */
export const requestPasswordReset = publicProcedure
  .input(ZForgotPasswordForm)
  .mutation(async ({ ctx, input }) => {
    const { mailer, limits, clientIp } = requireServices(ctx);
    // Over the limit, nothing is sent, and the answer still does not change.
    if (await limits.allowPasswordResetRequest({ email: input.email, ip: clientIp })) {
      await afterResponse(() => sendPasswordReset(ctx.db, mailer, input.email));
    }
    return { isRequested: true } as const;
  });
