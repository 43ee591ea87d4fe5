import { ZDocumentRefInput } from "~/domain/activity-document/schema";
import { findActivityAudience } from "~/server/activity/audience";
import { canManageActivity, canSeeActivity } from "~/server/activity/policy";
import { findDocumentActivityId } from "~/server/activity-document/read";
import { DomainError } from "~/server/errors";
import { protectedProcedure } from "../../trpc";

/**
 * Managing a document (input `documentId`) is managing its activity: the same answers as
 * activityManagerProcedure, NOT_FOUND for whoever may not see the activity.
 */
export const documentManagerProcedure = protectedProcedure
  .input(ZDocumentRefInput)
  .use(async ({ ctx, input, next }) => {
    const activityId = await findDocumentActivityId(ctx.db, input.documentId);
    const audience = activityId ? await findActivityAudience(ctx.db, activityId) : null;
    if (!audience || !canSeeActivity(ctx.access, audience)) throw new DomainError("NOT_FOUND");
    if (!canManageActivity(ctx.access, audience)) throw new DomainError("FORBIDDEN");
    return next({ ctx: { document: { id: input.documentId } } });
  });
