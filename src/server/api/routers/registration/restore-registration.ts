import { ZVersionedRegistrationInput } from "~/domain/registration/schema";
import { changeRegistration } from "~/server/registration/transitions";
import { registrationProcedure, requireRight } from "./base";
/** Undoes a withdrawal while a seat is free for the person (as withdraw). */

export const restoreRegistration = registrationProcedure
  .input(ZVersionedRegistrationInput)
  .mutation(({ ctx, input }) => {
    requireRight(ctx.registration.may.withdraw);
    return changeRegistration(ctx.db, {
      registrationId: ctx.registration.id,
      baseVersion: input.version,
      action: "restore",
      actorId: ctx.user.id,
      byToken: false,
      now: new Date(),
    });
  });
