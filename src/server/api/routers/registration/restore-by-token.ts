import { ZVersionedTokenInput } from "~/domain/registration/schema";
import { changeRegistration } from "~/server/registration/transitions";
import { registrationLinkProcedure } from "./base";
/** The person undoes their withdrawal through their private link, while a seat is free. */

export const restoreByToken = registrationLinkProcedure
  .input(ZVersionedTokenInput)
  .mutation(({ ctx, input }) =>
    changeRegistration(ctx.db, {
      registrationId: ctx.registration.id,
      baseVersion: input.version,
      action: "restore",
      actorId: null,
      byToken: true,
      now: new Date(),
    }),
  );
