import { createTRPCRouter } from "../../trpc";
import { listActivities } from "./list-activities";

export const activityRouter = createTRPCRouter({
  list: listActivities,
});
