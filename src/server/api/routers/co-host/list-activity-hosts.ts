import { listActivityHosts as list } from "~/server/activity/host-data";
import { DomainError } from "~/server/errors";
import { activityManagerProcedure } from "../../trpc";

/** The activity's hosts and open invitations, and the RCPs its managers could still invite. */
export const listActivityHosts = activityManagerProcedure.query(async ({ ctx }) => {
  const hosts = await list(ctx.db, ctx.activity.id);
  if (!hosts) throw new DomainError("NOT_FOUND");
  return hosts;
});
