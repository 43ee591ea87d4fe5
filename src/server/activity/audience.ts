import type { TDb } from "~/server/db-client";
import { ACCEPTED_HOST, type TActivityAudience } from "./policy";

/** What access to an activity is decided on: its tier and its accepted hosts. */
export async function findActivityAudience(db: TDb, activityId: string): Promise<TActivityAudience | null> {
  const row = await db.activity.findUnique({
    where: { id: activityId },
    select: { visibility: true, rcps: { where: ACCEPTED_HOST, select: { rcpId: true } } },
  });
  return row ? { visibility: row.visibility, hostRcpIds: row.rcps.map((host) => host.rcpId) } : null;
}
