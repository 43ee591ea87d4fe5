import { ZVersionedRegistrationInput } from "~/domain/registration/schema";
import { changeRegistration } from "~/server/registration/transitions";
import { registrationProcedure, requireRight } from "./base";
/** Withdraws a registration (the person, their nominating editors, the hosts who decide about them). */

export const withdrawRegistration = registrationProcedure
  .input(ZVersionedRegistrationInput)
  .mutation(({ ctx, input }) => {
    requireRight(ctx.registration.may.withdraw);
    return changeRegistration(ctx.db, {
      registrationId: ctx.registration.id,
      baseVersion: input.version,
      action: "withdraw",
      actorId: ctx.user.id,
      byToken: false,
      now: new Date(),
    });
  });
