import { ZActivityRefInput } from "~/domain/activity/schema";
import type { TDuplicateEffortAnswer } from "~/domain/duplicate-effort/schema";
import { findActivityAudience } from "~/server/activity/audience";
import { canSeeActivity } from "~/server/activity/policy";
import { activityAsPlan, findDuplicateEfforts } from "~/server/duplicate-effort/data";
import { canSeeDuplicateEfforts } from "~/server/duplicate-effort/policy";
import { DomainError } from "~/server/errors";
import { protectedProcedure } from "../../trpc";

/**
 * For the staff of an activity's hosts: other processes' activities it competes with. To whoever
 * may not see the activity it does not exist; whoever sees it but does not host it is refused.
 */
export const duplicatesForActivity = protectedProcedure
  .input(ZActivityRefInput)
  .query(async ({ ctx, input }): Promise<TDuplicateEffortAnswer> => {
    const audience = await findActivityAudience(ctx.db, input.activityId);
    if (!audience || !canSeeActivity(ctx.access, audience)) throw new DomainError("NOT_FOUND");
    if (!canSeeDuplicateEfforts(ctx.access, audience)) throw new DomainError("FORBIDDEN");
    const plan = await activityAsPlan(ctx.db, input.activityId);
    if (!plan) throw new DomainError("NOT_FOUND");
    return { items: await findDuplicateEfforts(ctx.db, ctx.access, plan), activityId: input.activityId };
  });
