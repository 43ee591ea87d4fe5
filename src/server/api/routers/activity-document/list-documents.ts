import { ZActivityRefInput } from "~/domain/activity/schema";
import { findActivityAudience } from "~/server/activity/audience";
import { canSeeActivity } from "~/server/activity/policy";
import { listVisibleDocuments } from "~/server/activity-document/read";
import { DomainError } from "~/server/errors";
import { readerProcedure } from "../../trpc";

/** The documents of an activity the caller may see; a hidden activity does not exist. */
export const listDocuments = readerProcedure.input(ZActivityRefInput).query(async ({ ctx, input }) => {
  const audience = await findActivityAudience(ctx.db, input.activityId);
  if (!audience || !canSeeActivity(ctx.viewer, audience)) throw new DomainError("NOT_FOUND");
  return listVisibleDocuments(ctx.db, ctx.viewer, input.activityId);
});
