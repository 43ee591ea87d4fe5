import type { TStaffRole } from "~/domain/staff/schema";
import { leavesAnEditor } from "~/domain/staff/schema";
import type { Prisma } from "~/generated/prisma/client";
import { recordAudit } from "~/server/audit/record";
import type { TDb } from "~/server/db-client";
import { DomainError } from "~/server/errors";
import { tenantId } from "./tenant";

type TTx = Prisma.TransactionClient;
type TStaffChange = { actorId: string; isActorAdmin: boolean; rcpId: string; userId: string };

/**
 * Locks the staff rows of the RCP's active editors until the transaction ends and returns their
 * user ids. Two editors demoting or removing each other at the same moment are thereby serialised:
 * the second waits, then sees the first one's change, and the RCP never loses its last editor.
 * Rows are locked in a fixed order so that concurrent callers cannot deadlock.
 */
async function lockActiveEditors(tx: TTx, rcpId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ userId: string }[]>`
    SELECT s."userId" FROM "RcpStaff" s JOIN "User" u ON u.id = s."userId"
    WHERE s."rcpId" = ${tenantId(rcpId)} AND s.role = 'EDITOR' AND u."disabledAt" IS NULL
    ORDER BY s."userId"
    FOR UPDATE OF s`;
  return rows.map((row) => row.userId);
}

/**
 * The caller's rights were read when the call began: an editor demoted meanwhile by a colleague
 * (whose change this transaction waited for) may no longer act.
 */
function assertStillEditor(editors: readonly string[], change: TStaffChange) {
  if (!change.isActorAdmin && !editors.includes(change.actorId)) throw new DomainError("FORBIDDEN");
}

async function lockMember(tx: TTx, { rcpId, userId }: TStaffChange) {
  const [member] = await tx.$queryRaw<{ role: TStaffRole; email: string; shortName: string }[]>`
    SELECT s.role::text AS role, u.email, r."shortName"
    FROM "RcpStaff" s JOIN "User" u ON u.id = s."userId" JOIN "Rcp" r ON r.id = s."rcpId"
    WHERE s."rcpId" = ${tenantId(rcpId)} AND s."userId" = ${userId}
    FOR UPDATE OF s`;
  if (!member) throw new DomainError("NOT_FOUND");
  return member;
}

// A colleague's rights changed: their open sessions end, as when an administrator changes them.
// The caller's own rights are re-read on every request, so their session is left alone.
async function endSessionsOfOthers(tx: TTx, change: TStaffChange) {
  if (change.userId === change.actorId) return;
  await tx.user.update({ where: { id: change.userId }, data: { sessionVersion: { increment: 1 } } });
}

/** Makes a member of the RCP an editor or a viewer; never demotes its last active editor. */
export function setStaffRole(db: TDb, change: TStaffChange & { role: TStaffRole }) {
  return db.$transaction(async (tx) => {
    const editors = await lockActiveEditors(tx, change.rcpId);
    assertStillEditor(editors, change);
    const member = await lockMember(tx, change);
    if (member.role === change.role) return { userId: change.userId, role: change.role };
    if (change.role === "VIEWER" && !leavesAnEditor(editors, change.userId))
      throw new DomainError("CONFLICT", "lastEditor");
    await tx.rcpStaff.update({
      where: { userId_rcpId: { userId: change.userId, rcpId: change.rcpId } },
      data: { role: change.role },
    });
    await endSessionsOfOthers(tx, change);
    await recordAudit(tx, {
      actorId: change.actorId,
      action: "user.setRcpRole",
      targetType: "user",
      targetId: change.userId,
      rcpId: change.rcpId,
      details: { email: member.email, rcp: member.shortName, from: member.role, to: change.role },
    });
    return { userId: change.userId, role: change.role };
  });
}

/** Takes a member out of the RCP's secretariat; never its last active editor. */
export function removeStaff(db: TDb, change: TStaffChange) {
  return db.$transaction(async (tx) => {
    const editors = await lockActiveEditors(tx, change.rcpId);
    assertStillEditor(editors, change);
    const member = await lockMember(tx, change);
    if (member.role === "EDITOR" && !leavesAnEditor(editors, change.userId))
      throw new DomainError("CONFLICT", "lastEditor");
    await tx.rcpStaff.delete({ where: { userId_rcpId: { userId: change.userId, rcpId: change.rcpId } } });
    await endSessionsOfOthers(tx, change);
    await recordAudit(tx, {
      actorId: change.actorId,
      action: "user.removeRcpRole",
      targetType: "user",
      targetId: change.userId,
      rcpId: change.rcpId,
      details: { email: member.email, rcp: member.shortName, from: member.role, to: null },
    });
    return { userId: change.userId };
  });
}
