import { ZUpdateByTokenInput } from "~/domain/registration/schema";
import { updateAnswers } from "~/server/registration/link";
import { registrationLinkProcedure } from "./base";

/** The person changes their answers through their private link. */
export const updateByToken = registrationLinkProcedure.input(ZUpdateByTokenInput).mutation(({ ctx, input }) =>
  updateAnswers(ctx.db, {
    registrationId: ctx.registration.id,
    baseVersion: input.version,
    answers: input.answers,
    now: new Date(),
  }),
);
