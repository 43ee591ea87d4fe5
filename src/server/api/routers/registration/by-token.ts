import { ZTokenInput } from "~/domain/registration/schema";
import { readRegistrationByLink } from "~/server/registration/data";
import { registrationLinkProcedure } from "./base";

/** The person's registration, through their private link. */
export const byToken = registrationLinkProcedure
  .input(ZTokenInput)
  .query(({ ctx }) => readRegistrationByLink(ctx.db, ctx.registration.id, new Date()));
