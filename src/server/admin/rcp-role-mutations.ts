import type { TRemoveRcpRoleInput, TSetRcpRoleInput } from "~/domain/admin/user-schema";
import { recordAudit } from "~/server/audit/record";
import type { TDb } from "~/server/db-client";
import { DomainError } from "~/server/errors";
import type { TAccess } from "~/server/user/access";
import { lockUser } from "./locks";
import { adminUserSelect, readAdminUser } from "./user-data";

// A role in an RCP's secretariat is part of an account's rights: changing it bumps the account's
// sessionVersion, so its open sessions end and it signs in again with the new rights.

/** Makes the user an editor or viewer of the RCP, adding the role or changing the one they have. */
export async function setRcpRole(db: TDb, actor: TAccess, input: TSetRcpRoleInput) {
  return db.$transaction(async (tx) => {
    const user = (await lockUser(tx, input.userId)) ? await readAdminUser(tx, input.userId) : null;
    const rcp = await tx.rcp.findUnique({ where: { id: input.rcpId }, select: { shortName: true } });
    if (!user || !rcp) throw new DomainError("NOT_FOUND");
    const previous = user.rcpRoles.find((staff) => staff.rcp.id === input.rcpId)?.role ?? null;
    if (previous === input.role) return user;
    await tx.rcpStaff.upsert({
      where: { userId_rcpId: { userId: input.userId, rcpId: input.rcpId } },
      create: { userId: input.userId, rcpId: input.rcpId, role: input.role },
      update: { role: input.role },
    });
    const updated = await tx.user.update({
      where: { id: input.userId },
      data: { sessionVersion: { increment: 1 } },
      select: adminUserSelect,
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "user.setRcpRole",
      targetType: "user",
      targetId: input.userId,
      rcpId: input.rcpId,
      details: { email: user.email, rcp: rcp.shortName, from: previous, to: input.role },
    });
    return updated;
  });
}

export async function removeRcpRole(db: TDb, actor: TAccess, input: TRemoveRcpRoleInput) {
  return db.$transaction(async (tx) => {
    const user = (await lockUser(tx, input.userId)) ? await readAdminUser(tx, input.userId) : null;
    const staff = user?.rcpRoles.find((role) => role.rcp.id === input.rcpId);
    const { count } = await tx.rcpStaff.deleteMany({
      where: { userId: input.userId, rcpId: input.rcpId },
    });
    if (!user || !staff || count === 0) throw new DomainError("NOT_FOUND");
    const updated = await tx.user.update({
      where: { id: input.userId },
      data: { sessionVersion: { increment: 1 } },
      select: adminUserSelect,
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "user.removeRcpRole",
      targetType: "user",
      targetId: input.userId,
      rcpId: input.rcpId,
      details: { email: user.email, rcp: staff.rcp.shortName, from: staff.role, to: null },
    });
    return updated;
  });
}
