import { listPublicActivities } from "~/server/activity/data";
import { publicProcedure } from "../../trpc";

export const listActivities = publicProcedure.query(({ ctx }) => listPublicActivities(ctx.db));
