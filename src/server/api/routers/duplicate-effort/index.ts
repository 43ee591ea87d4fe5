import { createTRPCRouter } from "../../trpc";
import { duplicatesForActivity } from "./for-activity";
import { duplicatesForPlan } from "./for-plan";
import { listProcessPairsProcedure } from "./list-pairs";

/** Duplicate-effort warnings: other processes' activities on the same themes at the same time. */
export const duplicateEffortRouter = createTRPCRouter({
  forPlan: duplicatesForPlan,
  forActivity: duplicatesForActivity,
  listPairs: listProcessPairsProcedure,
});
