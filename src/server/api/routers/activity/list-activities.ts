import { ZActivityListInput } from "~/domain/activity/schema";
import { listVisibleActivities } from "~/server/activity/read";
import { readerProcedure } from "../../trpc";

/** A page of the activities the caller may see, filtered; `nextCursor` continues it. */
export const listActivities = readerProcedure.input(ZActivityListInput).query(({ ctx, input }) => {
  const { cursor, ...filters } = input;
  const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  return listVisibleActivities(ctx.db, ctx.viewer, filters, cursor ?? null, today);
});
