import { ZRegisterOnBehalfInput } from "~/domain/registration/schema";
import { createRegistration } from "~/server/registration/register";
import { findRegistrant, findAccountOf } from "~/server/registration/registrant";
import { rcpEditorProcedure } from "../../trpc";
import { visibleAudience } from "./base";

/** A secretariat editor registers someone else (no account needed), nominated by their RCP (`rcpId`). */
export const registerOnBehalf = rcpEditorProcedure
  .input(ZRegisterOnBehalfInput)
  .mutation(async ({ ctx, input }) => {
    await visibleAudience(ctx.db, ctx.access, input.activityId);
    const [registrar, account] = await Promise.all([
      findRegistrant(ctx.db, ctx.user.id),
      findAccountOf(ctx.db, input.person.email),
    ]);
    return createRegistration(ctx.db, {
      activityId: input.activityId,
      person: { ...input.person, userId: account?.id ?? null },
      answers: input.answers,
      nominatingRcpId: ctx.rcp.id,
      registeredById: ctx.user.id,
      registrar: registrar.name,
      now: new Date(),
    });
  });
