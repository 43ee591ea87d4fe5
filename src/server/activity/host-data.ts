// Reading joint activities: an activity's hosts and invitations (for whoever manages it) and the
// invitations addressed to one RCP (for its staff, who may not see the activity before accepting).
import type { TDb } from "~/server/db-client";
import { tenantId } from "~/server/rcp/tenant";

const STATUS_ORDER = { ACCEPTED: 0, INVITED: 1, DECLINED: 2 } as const;

const RCP_NAMES = { id: true, slug: true, shortName: true, localizedNames: true } as const;

/** Everyone involved in an activity, and the RCPs that could still be invited. */
export async function listActivityHosts(db: TDb, activityId: string) {
  const [activity, allRcps] = await Promise.all([
    db.activity.findUnique({
      where: { id: activityId },
      select: {
        id: true,
        slug: true,
        title: true,
        status: true,
        version: true,
        rcps: {
          orderBy: { rcp: { shortName: "asc" } },
          select: { status: true, invitedAt: true, respondedAt: true, rcp: { select: RCP_NAMES } },
        },
      },
    }),
    db.rcp.findMany({ where: { archivedAt: null }, orderBy: { shortName: "asc" }, select: RCP_NAMES }),
  ]);
  if (!activity) return null;
  const { rcps, ...rest } = activity;
  // Hosts first, then open invitations, then refusals.
  const hosts = [...rcps].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
  // A declined RCP may be asked again.
  const involved = new Set(hosts.filter((host) => host.status !== "DECLINED").map((host) => host.rcp.id));
  return { ...rest, hosts, invitable: allRcps.filter((rcp) => !involved.has(rcp.id)) };
}

/**
 * The open invitations addressed to an RCP, with what its editors need to decide: the activity's
 * title, kind and dates, and who invites. Invited, it is shown them whatever its tier.
 */
export async function listHostInvitations(db: TDb, rcpId: string) {
  const rows = await db.activityRcp.findMany({
    where: { rcpId: tenantId(rcpId), status: "INVITED" },
    orderBy: [{ invitedAt: "desc" }, { activityId: "asc" }],
    select: {
      invitedAt: true,
      activity: {
        select: {
          id: true,
          slug: true,
          title: true,
          kind: true,
          status: true,
          visibility: true,
          startDate: true,
          startPrecision: true,
          endDate: true,
          endPrecision: true,
          rcps: {
            where: { status: "ACCEPTED", rcp: { archivedAt: null } },
            orderBy: { rcp: { shortName: "asc" } },
            select: { rcp: { select: RCP_NAMES } },
          },
        },
      },
    },
  });
  return rows.map(({ invitedAt, activity: { rcps, ...activity } }) => ({
    invitedAt,
    activity,
    hosts: rcps.map((host) => host.rcp),
  }));
}
