import type { Prisma } from "~/generated/prisma/client";
import type { TDb } from "~/server/db-client";

type TTx = Parameters<Parameters<TDb["$transaction"]>[0]>[0];

export type TAuditEntry = {
  actorId: string | null;
  /** "<domain>.<verb>", e.g. "rcp.update", "user.disable", "invitation.create". */
  action: string;
  targetType: string;
  targetId?: string | null;
  rcpId?: string | null;
  details?: Prisma.InputJsonValue;
};

/** Writes one audit entry in the caller's transaction, so the entry exists exactly when the write does. */
export function recordAudit(tx: TTx | TDb, entry: TAuditEntry) {
  return tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      rcpId: entry.rcpId ?? null,
      details: entry.details,
    },
    select: { id: true },
  });
}
