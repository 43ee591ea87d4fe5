import { listPublicActivities } from "~/server/activity/data";
import { publicProcedure } from "../../trpc";

/** Every public activity, oldest first: the timeline's data. */
export const listTimeline = publicProcedure.query(({ ctx }) => listPublicActivities(ctx.db));
