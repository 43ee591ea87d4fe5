import { ZDuplicatePlanInput, type TDuplicateEffortAnswer } from "~/domain/duplicate-effort/schema";
import { themeIds } from "~/server/activity/themes";
import { findDuplicateEfforts } from "~/server/duplicate-effort/data";
import { rcpEditorProcedure } from "../../trpc";

/** While an editor plans an activity: other processes' activities it would compete with. */
export const duplicatesForPlan = rcpEditorProcedure
  .input(ZDuplicatePlanInput)
  .query(async ({ ctx, input }): Promise<TDuplicateEffortAnswer> => {
    const items = await findDuplicateEfforts(ctx.db, ctx.access, {
      hostRcpIds: [ctx.rcp.id],
      themeIds: await themeIds(ctx.db, input.themes),
      startDate: input.startDate,
      endDate: input.endDate ?? null,
      activityId: input.activityId,
    });
    return { items, activityId: input.activityId ?? null };
  });
