import { ZActivitySlugInput } from "~/domain/activity/schema";
import { findVisibleActivity } from "~/server/activity/read";
import { DomainError } from "~/server/errors";
import { readerProcedure } from "../../trpc";

/** One activity; one the caller may not see answers as one that does not exist. */
export const getActivity = readerProcedure.input(ZActivitySlugInput).query(async ({ ctx, input }) => {
  const activity = await findVisibleActivity(ctx.db, ctx.viewer, input.slug);
  if (!activity) throw new DomainError("NOT_FOUND");
  return activity;
});
