// Writing focal points. Each change checks, in its transaction, that the person represents a
// current member or observer of the RCP, and carries the version it was based on.
import type { TFocalPointData } from "~/domain/focal-point/schema";
import { recordAudit } from "~/server/audit/record";
import type { TDb, TTx } from "~/server/db-client";
import { DomainError } from "~/server/errors";
import { tenantId } from "~/server/rcp/tenant";

const dateColumn = (date: string) => (date ? new Date(`${date}T00:00:00Z`) : null);

/** The participant's id when it is a current member or observer of the RCP; else a field error. */
async function representedParticipant(tx: TTx, rcpId: string, code: string) {
  const membership = await tx.membership.findFirst({
    where: {
      rcpId: tenantId(rcpId),
      endDate: null,
      role: { in: ["MEMBER", "OBSERVER"] },
      participant: { code },
    },
    select: { participantId: true },
  });
  if (!membership) {
    throw new DomainError("BAD_REQUEST", "notRepresented", { field: "data.participantCode" });
  }
  return membership.participantId;
}

const columns = (data: TFocalPointData) => ({
  name: data.name,
  title: data.title,
  agency: data.agency,
  email: data.email,
  phone: data.phone,
  languages: data.languages,
  since: dateColumn(data.since),
  endedAt: dateColumn(data.endedAt),
  visibility: data.visibility,
});

export async function createFocalPoint(
  db: TDb,
  input: { rcpId: string; data: TFocalPointData; actorId: string },
) {
  return db.$transaction(async (tx) => {
    const participantId = await representedParticipant(tx, input.rcpId, input.data.participantCode);
    const created = await tx.focalPoint.create({
      data: { rcpId: input.rcpId, participantId, createdById: input.actorId, ...columns(input.data) },
      select: { id: true, version: true },
    });
    // No personal data in the audit log: it outlives the entry, which may be removed at once.
    await recordAudit(tx, {
      actorId: input.actorId,
      action: "focalPoint.create",
      targetType: "FocalPoint",
      targetId: created.id,
      rcpId: input.rcpId,
    });
    return created;
  });
}

type TUpdate = { id: string; rcpId: string; baseVersion: number; data: TFocalPointData; actorId: string };

export async function updateFocalPoint(db: TDb, update: TUpdate) {
  return db.$transaction(async (tx) => {
    const participantId = await representedParticipant(tx, update.rcpId, update.data.participantCode);
    const { count } = await tx.focalPoint.updateMany({
      where: { id: update.id, rcpId: tenantId(update.rcpId), version: update.baseVersion },
      data: { participantId, ...columns(update.data), version: { increment: 1 } },
    });
    if (count === 0) throw new DomainError("CONFLICT");
    await recordAudit(tx, {
      actorId: update.actorId,
      action: "focalPoint.update",
      targetType: "FocalPoint",
      targetId: update.id,
      rcpId: update.rcpId,
    });
    return { id: update.id, version: update.baseVersion + 1 };
  });
}

type TEnd = { id: string; rcpId: string; baseVersion: number; endedAt: string; actorId: string };

/** Keeps the person as a former focal point, ended on the given day (not before they began). */
export async function endFocalPoint(db: TDb, end: TEnd) {
  return db.$transaction(async (tx) => {
    const current = await tx.focalPoint.findFirst({
      where: { id: end.id, rcpId: tenantId(end.rcpId) },
      select: { since: true, version: true },
    });
    if (!current || current.version !== end.baseVersion) throw new DomainError("CONFLICT");
    const endedAt = dateColumn(end.endedAt);
    if (current.since && endedAt && endedAt < current.since) {
      throw new DomainError("BAD_REQUEST", "endBeforeSince", { field: "endedAt" });
    }
    const { count } = await tx.focalPoint.updateMany({
      where: { id: end.id, rcpId: tenantId(end.rcpId), version: end.baseVersion },
      data: { endedAt, version: { increment: 1 } },
    });
    if (count === 0) throw new DomainError("CONFLICT");
    await recordAudit(tx, {
      actorId: end.actorId,
      action: "focalPoint.end",
      targetType: "FocalPoint",
      targetId: end.id,
      rcpId: end.rcpId,
    });
    return { id: end.id, version: end.baseVersion + 1 };
  });
}

/** A real DELETE: only the audit line is left, naming who removed which entry of which RCP. */
export async function removeFocalPoint(
  db: TDb,
  removal: { id: string; rcpId: string; baseVersion: number; actorId: string },
) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.focalPoint.deleteMany({
      where: { id: removal.id, rcpId: tenantId(removal.rcpId), version: removal.baseVersion },
    });
    if (count === 0) throw new DomainError("CONFLICT");
    await recordAudit(tx, {
      actorId: removal.actorId,
      action: "focalPoint.remove",
      targetType: "FocalPoint",
      targetId: removal.id,
      rcpId: removal.rcpId,
    });
  });
  return { removed: true as const };
}
