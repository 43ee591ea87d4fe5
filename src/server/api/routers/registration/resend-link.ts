import { ZRegistrationRefInput } from "~/domain/registration/schema";
import { renewLink } from "~/server/registration/link";
import { registrationProcedure, requireRight } from "./base";

/** Mails the person a new private link; the previous one stops working. */
export const resendLink = registrationProcedure.input(ZRegistrationRefInput).mutation(({ ctx }) => {
  requireRight(ctx.registration.may.resendLink);
  return renewLink(ctx.db, { registrationId: ctx.registration.id, actorId: ctx.user.id });
});
