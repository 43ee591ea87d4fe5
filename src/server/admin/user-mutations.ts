import type { TSetPlatformRoleInput } from "~/domain/admin/user-schema";
import { recordAudit } from "~/server/audit/record";
import type { TDb } from "~/server/db-client";
import { DomainError } from "~/server/errors";
import type { TAccess } from "~/server/user/access";
import { lockActiveAdmins, lockUser } from "./locks";
import { canDisableUser, leavesAnAdmin } from "./policy";
import { adminUserSelect, readAdminUser } from "./user-data";

// Every change to an account's rights bumps its sessionVersion: the sessions it has open end at
// once and its next sign-in carries the new rights.

export async function disableUser(db: TDb, actor: TAccess, userId: string) {
  if (!canDisableUser(actor, userId)) throw new DomainError("FORBIDDEN", "cannotDisableSelf");
  return db.$transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx);
    if (!admins.includes(actor.userId)) throw new DomainError("FORBIDDEN");
    const user = (await lockUser(tx, userId)) ? await readAdminUser(tx, userId) : null;
    if (!user) throw new DomainError("NOT_FOUND");
    if (user.disabledAt) return user;
    if (!leavesAnAdmin(admins, userId)) throw new DomainError("CONFLICT", "lastAdmin");
    const updated = await tx.user.update({
      where: { id: userId },
      data: { disabledAt: new Date(), sessionVersion: { increment: 1 } },
      select: adminUserSelect,
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "user.disable",
      targetType: "user",
      targetId: userId,
      details: { email: user.email },
    });
    return updated;
  });
}

export async function enableUser(db: TDb, actor: TAccess, userId: string) {
  return db.$transaction(async (tx) => {
    const user = (await lockUser(tx, userId)) ? await readAdminUser(tx, userId) : null;
    if (!user) throw new DomainError("NOT_FOUND");
    if (!user.disabledAt) return user;
    const updated = await tx.user.update({
      where: { id: userId },
      data: { disabledAt: null },
      select: adminUserSelect,
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "user.enable",
      targetType: "user",
      targetId: userId,
      details: { email: user.email },
    });
    return updated;
  });
}

export async function setPlatformRole(db: TDb, actor: TAccess, input: TSetPlatformRoleInput) {
  return db.$transaction(async (tx) => {
    // Only a demotion can cost the platform its last administrator.
    const admins = input.role === "USER" ? await lockActiveAdmins(tx) : null;
    if (admins && !admins.includes(actor.userId)) throw new DomainError("FORBIDDEN");
    const user = (await lockUser(tx, input.userId)) ? await readAdminUser(tx, input.userId) : null;
    if (!user) throw new DomainError("NOT_FOUND");
    if (user.platformRole === input.role) return user;
    if (admins && !leavesAnAdmin(admins, input.userId)) throw new DomainError("CONFLICT", "lastAdmin");
    const updated = await tx.user.update({
      where: { id: input.userId },
      data: { platformRole: input.role, sessionVersion: { increment: 1 } },
      select: adminUserSelect,
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "user.setPlatformRole",
      targetType: "user",
      targetId: input.userId,
      details: { email: user.email, from: user.platformRole, to: input.role },
    });
    return updated;
  });
}
