// Joint activities: the owner invites other RCPs, an editor of each answers, any host may leave
// but the last. Every change that alters who hosts (what readers see) moves the version on.
import type { Prisma } from "~/generated/prisma/client";
import { recordAudit } from "~/server/audit/record";
import { revalidatePublicPages } from "~/server/cache/revalidate-public";
import type { TDb } from "~/server/db-client";
import { DomainError } from "~/server/errors";
import { recordActivityEvent } from "~/server/peer-event/activity-events";
import type { TAccess } from "~/server/user/access";

type TTx = Prisma.TransactionClient;
type THostChange = { activityId: string; rcpId: string; actorId: string };

const TX = { maxWait: 10_000, timeout: 30_000 } as const;

/**
 * Locks the activity's row until the transaction ends: every change of its hosts takes this lock
 * first, so two hosts leaving at the same moment are serialised and the second sees the first gone.
 */
async function lockActivity(tx: TTx, activityId: string) {
  const [row] = await tx.$queryRaw<{ status: string }[]>`
    SELECT status::text AS status FROM "Activity" WHERE id = ${activityId} FOR UPDATE`;
  if (!row) throw new DomainError("NOT_FOUND");
  return row;
}

const bumpVersion = (tx: TTx, activityId: string, actorId: string) =>
  tx.activity.update({
    where: { id: activityId },
    data: { version: { increment: 1 }, updatedById: actorId },
    select: { version: true },
  });

/** Invites the RCP at `rcpSlug`; returns the invitation's RCP for the mail to its editors. */
export async function inviteHost(
  db: TDb,
  invite: { activityId: string; rcpSlug: string; actorId: string; access: TAccess },
) {
  return db.$transaction(async (tx) => {
    const activity = await lockActivity(tx, invite.activityId);
    if (activity.status === "CANCELLED") throw new DomainError("BAD_REQUEST", "activityCancelled");
    const rcp = await tx.rcp.findFirst({
      where: { slug: invite.rcpSlug, archivedAt: null },
      select: { id: true },
    });
    if (!rcp) throw new DomainError("BAD_REQUEST", "unknownRcp");
    const existing = await tx.activityRcp.findUnique({
      where: { activityId_rcpId: { activityId: invite.activityId, rcpId: rcp.id } },
      select: { status: true },
    });
    if (existing?.status === "ACCEPTED") {
      throw new DomainError("BAD_REQUEST", rcp.id in invite.access.rcpRoles ? "ownRcp" : "alreadyHost");
    }
    if (existing?.status === "INVITED") throw new DomainError("BAD_REQUEST", "hostAlreadyInvited");
    // A declined invitation may be renewed: the RCP is asked again.
    await tx.activityRcp.upsert({
      where: { activityId_rcpId: { activityId: invite.activityId, rcpId: rcp.id } },
      create: { activityId: invite.activityId, rcpId: rcp.id, status: "INVITED" },
      update: { status: "INVITED", invitedAt: new Date(), respondedAt: null },
      select: { rcpId: true },
    });
    await recordAudit(tx, {
      actorId: invite.actorId,
      action: "activity.inviteHost",
      targetType: "Activity",
      targetId: invite.activityId,
      rcpId: rcp.id,
    });
    return { rcpId: rcp.id };
  }, TX);
}

/** Takes back an invitation not yet answered. */
export async function withdrawHostInvitation(db: TDb, change: THostChange) {
  await db.$transaction(async (tx) => {
    await lockActivity(tx, change.activityId);
    const { count } = await tx.activityRcp.deleteMany({
      where: { activityId: change.activityId, rcpId: change.rcpId, status: "INVITED" },
    });
    if (count === 0) throw new DomainError("NOT_FOUND");
    await audit(tx, change, "activity.withdrawHostInvitation");
  }, TX);
}

/** The invited RCP accepts (it hosts from now on, equally) or declines. */
export async function answerHostInvitation(db: TDb, change: THostChange & { isAccepted: boolean }) {
  const result = await db.$transaction(async (tx) => {
    await lockActivity(tx, change.activityId);
    const { count } = await tx.activityRcp.updateMany({
      where: { activityId: change.activityId, rcpId: change.rcpId, status: "INVITED" },
      data: { status: change.isAccepted ? "ACCEPTED" : "DECLINED", respondedAt: new Date() },
    });
    if (count === 0) throw new DomainError("NOT_FOUND");
    await audit(tx, change, change.isAccepted ? "activity.acceptHost" : "activity.declineHost");
    if (change.isAccepted) {
      await recordActivityEvent(tx, {
        kind: "COHOST_JOINED",
        activityId: change.activityId,
        actorId: change.actorId,
        rcpId: change.rcpId,
      });
    }
    // A new host shows wherever the activity does.
    return change.isAccepted ? bumpVersion(tx, change.activityId, change.actorId) : null;
  }, TX);
  if (change.isAccepted) revalidatePublicPages();
  return { isAccepted: change.isAccepted, version: result?.version ?? null };
}

/** A host gives up its place; the last accepted host may not, so an activity always has one. */
export async function leaveActivity(db: TDb, change: THostChange) {
  const { version } = await db.$transaction(async (tx) => {
    await lockActivity(tx, change.activityId);
    const hosts = await tx.activityRcp.findMany({
      where: { activityId: change.activityId, status: "ACCEPTED" },
      select: { rcpId: true },
    });
    if (!hosts.some((host) => host.rcpId === change.rcpId)) throw new DomainError("NOT_FOUND");
    if (hosts.length <= 1) throw new DomainError("CONFLICT", "lastHost");
    await tx.activityRcp.delete({
      where: { activityId_rcpId: { activityId: change.activityId, rcpId: change.rcpId } },
    });
    await audit(tx, change, "activity.leaveHost");
    return bumpVersion(tx, change.activityId, change.actorId);
  }, TX);
  revalidatePublicPages();
  return { version };
}

function audit(tx: TTx, change: THostChange, action: string) {
  return recordAudit(tx, {
    actorId: change.actorId,
    action,
    targetType: "Activity",
    targetId: change.activityId,
    rcpId: change.rcpId,
  });
}
