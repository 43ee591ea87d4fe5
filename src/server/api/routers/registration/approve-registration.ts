import { ZDecisionInput } from "~/domain/registration/schema";
import { changeRegistration } from "~/server/registration/transitions";
import { registrationProcedure, requireRight } from "./base";

/** Approves a registration (the hosts who decide about this person), with an optional reason mailed to them. */
export const approveRegistration = registrationProcedure.input(ZDecisionInput).mutation(({ ctx, input }) => {
  requireRight(ctx.registration.may.decide);
  return changeRegistration(ctx.db, {
    registrationId: ctx.registration.id,
    baseVersion: input.version,
    action: "approve",
    actorId: ctx.user.id,
    byToken: false,
    reason: input.reason,
    now: new Date(),
  });
});
