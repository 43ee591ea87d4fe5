import { ZActivityRefInput } from "~/domain/activity/schema";
import { canManageActivity } from "~/server/activity/policy";
import { readRegistrationOverview } from "~/server/registration/data";
import { readerProcedure } from "../../trpc";
import { visibleAudience } from "./base";

/** Registration of an activity as the caller may see it: settings, state, seat counts, their own registration. */
export const getSettings = readerProcedure.input(ZActivityRefInput).query(async ({ ctx, input }) => {
  const audience = await visibleAudience(ctx.db, ctx.viewer, input.activityId);
  const overview = await readRegistrationOverview(
    ctx.db,
    input.activityId,
    ctx.viewer?.userId ?? null,
    new Date(),
  );
  return { ...overview, canManage: ctx.viewer !== null && canManageActivity(ctx.viewer, audience) };
});
