import { ZVersionedTokenInput } from "~/domain/registration/schema";
import { changeRegistration } from "~/server/registration/transitions";
import { registrationLinkProcedure } from "./base";
/** The person withdraws (or leaves the waiting list) through their private link. */

export const withdrawByToken = registrationLinkProcedure
  .input(ZVersionedTokenInput)
  .mutation(({ ctx, input }) =>
    changeRegistration(ctx.db, {
      registrationId: ctx.registration.id,
      baseVersion: input.version,
      action: "withdraw",
      actorId: null,
      byToken: true,
      now: new Date(),
    }),
  );
