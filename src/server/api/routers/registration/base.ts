// The base procedures of registration: who may touch which registration is decided here, once,
// with the rules of src/server/registration/policy.ts.
import { z } from "zod";
import { ZToken } from "~/domain/auth/schema";
import { ZRecordId } from "~/lib/record-id";
import { canSeeActivity } from "~/server/activity/policy";
import { DomainError } from "~/server/errors";
import {
  canDecide,
  canResendLink,
  canSeeRegistration,
  canWithdraw,
  type TRegistrationAudience,
} from "~/server/registration/policy";
import {
  findRegistrationAudience,
  findRegistrationByTokenHash,
  findRegistrationTarget,
} from "~/server/registration/target";
import { hashRegistrationToken } from "~/server/registration/token";
import type { TAccess } from "~/server/user/access";
import { protectedProcedure, publicProcedure } from "../../trpc";

/** The activity's registration audience, or NOT_FOUND for whoever may not see the activity. */
export async function visibleAudience(
  db: Parameters<typeof findRegistrationAudience>[0],
  access: TAccess | null,
  activityId: string,
): Promise<TRegistrationAudience> {
  const audience = await findRegistrationAudience(db, activityId);
  if (!audience || !canSeeActivity(access, audience)) throw new DomainError("NOT_FOUND");
  return audience;
}

/**
 * One registration (input `registrationId`): to whoever may not see it, it does not exist. What the
 * caller may do with it is in `ctx.registration.may`; each procedure refuses what it needs and lacks.
 */
export const registrationProcedure = protectedProcedure
  .input(z.object({ registrationId: ZRecordId }))
  .use(async ({ ctx, input, next }) => {
    const target = await findRegistrationTarget(ctx.db, input.registrationId);
    if (!target || !canSeeRegistration(ctx.access, target.audience, target.owner)) {
      throw new DomainError("NOT_FOUND");
    }
    const may = {
      decide: canDecide(ctx.access, target.audience, target.owner),
      withdraw: canWithdraw(ctx.access, target.audience, target.owner),
      resendLink: canResendLink(ctx.access, target.audience, target.owner),
    };
    return next({ ctx: { registration: { id: target.id, activityId: target.activityId, may } } });
  });

export const requireRight = (allowed: boolean) => {
  if (!allowed) throw new DomainError("FORBIDDEN");
};

/** The person through their private link (input `token`), no sign-in; an unknown or revoked link is NOT_FOUND. */
export const registrationLinkProcedure = publicProcedure
  .input(z.object({ token: ZToken }))
  .use(async ({ ctx, input, next }) => {
    const found = await findRegistrationByTokenHash(ctx.db, hashRegistrationToken(input.token));
    if (!found) throw new DomainError("NOT_FOUND");
    return next({ ctx: { registration: { id: found.id } } });
  });
