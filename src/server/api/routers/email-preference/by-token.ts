import { ZUnsubscribeTokenInput } from "~/domain/email-preference/schema";
import { DomainError } from "~/server/errors";
import { unsubscribeState } from "~/server/peer-mail/preferences";
import { publicProcedure } from "../../trpc";

/**
 * What an unsubscribe link's page shows, without sign-in: whose mail it stops and whether it is
 * already off. Reads only (mail scanners open links); a forged, altered or expired link is not found.
 */
export const byToken = publicProcedure.input(ZUnsubscribeTokenInput).query(async ({ ctx, input }) => {
  const state = await unsubscribeState(ctx.db, input.token);
  if (state.status !== "valid") throw new DomainError("NOT_FOUND");
  return { email: state.email, isOff: state.isOff };
});
