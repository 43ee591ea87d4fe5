import { ZRegisterInput } from "~/domain/registration/schema";
import { DomainError } from "~/server/errors";
import { canRegisterFor } from "~/server/registration/policy";
import { createRegistration } from "~/server/registration/register";
import { findRegistrant } from "~/server/registration/registrant";
import { protectedProcedure } from "../../trpc";
import { visibleAudience } from "./base";

/** Signed-in secretariat staff register themselves, for an RCP they belong to. */
export const register = protectedProcedure.input(ZRegisterInput).mutation(async ({ ctx, input }) => {
  await visibleAudience(ctx.db, ctx.access, input.activityId);
  if (!canRegisterFor(ctx.access, input.rcpId)) throw new DomainError("FORBIDDEN");
  const me = await findRegistrant(ctx.db, ctx.user.id);
  return createRegistration(ctx.db, {
    activityId: input.activityId,
    person: { name: me.name, email: me.email, countryCode: null, locale: me.locale, userId: ctx.user.id },
    answers: input.answers,
    nominatingRcpId: input.rcpId,
    registeredById: ctx.user.id,
    registrar: null,
    now: new Date(),
  });
});
