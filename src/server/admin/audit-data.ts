import type { Prisma } from "~/generated/prisma/client";
import { dayEnd, dayStart } from "~/domain/admin/fields";
import type { TAuditFilters, TListAuditLogInput } from "~/domain/admin/audit-schema";
import type { TDb } from "~/server/db-client";

/**
 * The audit log, newest first, one page at a time. The cursor is the id of the last entry of the
 * previous page; (createdAt, id) orders every entry, so pages neither repeat nor skip entries
 * written meanwhile.
 */
export async function listAuditLog(db: TDb, input: TListAuditLogInput) {
  const rows = await db.auditLog.findMany({
    where: auditWhere(input),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    select: {
      id: true,
      createdAt: true,
      action: true,
      targetType: true,
      targetId: true,
      rcpId: true,
      details: true,
      actor: { select: { id: true, email: true, name: true } },
    },
  });
  const entries = rows.slice(0, input.limit);
  // AuditLog keeps the RCP as a bare id (entries outlive what they describe): names come separately.
  const rcpIds = [...new Set(entries.flatMap((entry) => (entry.rcpId ? [entry.rcpId] : [])))];
  const rcps = rcpIds.length
    ? await db.rcp.findMany({
        where: { id: { in: rcpIds } },
        select: { id: true, slug: true, shortName: true },
      })
    : [];
  const rcpById = new Map(rcps.map((rcp) => [rcp.id, rcp]));
  return {
    entries: entries.map((entry) => ({
      ...entry,
      rcp: entry.rcpId ? (rcpById.get(entry.rcpId) ?? null) : null,
    })),
    nextCursor: rows.length > input.limit ? (entries.at(-1)?.id ?? null) : null,
  };
}

function auditWhere(filters: TAuditFilters): Prisma.AuditLogWhereInput {
  const where: Prisma.AuditLogWhereInput = {};
  if (filters.actor) {
    where.actor = {
      OR: [
        { email: { contains: filters.actor, mode: "insensitive" } },
        { name: { contains: filters.actor, mode: "insensitive" } },
      ],
    };
  }
  if (filters.action) where.action = filters.action;
  if (filters.rcpId) where.rcpId = filters.rcpId;
  if (filters.from || filters.to) {
    where.createdAt = {
      ...(filters.from ? { gte: dayStart(filters.from) } : {}),
      ...(filters.to ? { lt: dayEnd(filters.to) } : {}),
    };
  }
  return where;
}

/** Every action the log holds, for the filter's choices. */
export async function listAuditActions(db: TDb): Promise<string[]> {
  const rows = await db.auditLog.findMany({
    distinct: ["action"],
    select: { action: true },
    orderBy: { action: "asc" },
  });
  return rows.map((row) => row.action);
}
