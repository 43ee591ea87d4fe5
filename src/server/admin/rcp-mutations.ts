import type { TCreateRcpInput } from "~/domain/admin/rcp-schema";
import { recordAudit } from "~/server/audit/record";
import { revalidatePublicPages } from "~/server/cache/revalidate-public";
import type { TDb } from "~/server/db-client";
import { DomainError } from "~/server/errors";
import { recordRcpCreated } from "~/server/peer-event/profile-events";
import type { TAccess } from "~/server/user/access";
import { isUniqueViolation } from "./db-errors";
import { adminRcpSelect } from "./rcp-data";

/** A new RCP with the facts its directory card needs; its secretariat completes the profile. */
export async function createRcp(db: TDb, actor: TAccess, input: TCreateRcpInput) {
  let rcp;
  try {
    rcp = await db.$transaction(async (tx) => {
      const created = await tx.rcp.create({
        data: {
          slug: input.slug,
          name: input.name,
          shortName: input.shortName,
          acronym: input.acronym ?? null,
          yearEstablished: input.yearEstablished,
          region: input.region,
          secretariatKind: input.secretariatKind,
          description: { en: input.description ?? "" },
        },
        select: adminRcpSelect,
      });
      await recordAudit(tx, {
        actorId: actor.userId,
        action: "rcp.create",
        targetType: "rcp",
        targetId: created.id,
        rcpId: created.id,
        details: { slug: created.slug, shortName: created.shortName },
      });
      await recordRcpCreated(tx, created.id, actor.userId);
      return created;
    });
  } catch (error) {
    // The unique index decides between two administrators choosing the same address at once.
    if (isUniqueViolation(error)) throw new DomainError("CONFLICT", "slugTaken");
    throw error;
  }
  revalidatePublicPages();
  return rcp;
}

/**
 * Archives (or brings back) an RCP: public pages show only RCPs that are not archived. Asking for
 * the state the RCP is already in changes nothing and records nothing.
 */
export async function setRcpArchived(db: TDb, actor: TAccess, rcpId: string, isArchived: boolean) {
  const result = await db.$transaction(async (tx) => {
    const { count } = await tx.rcp.updateMany({
      where: { id: rcpId, archivedAt: isArchived ? null : { not: null } },
      data: { archivedAt: isArchived ? new Date() : null },
    });
    const rcp = await tx.rcp.findUnique({ where: { id: rcpId }, select: adminRcpSelect });
    if (!rcp) throw new DomainError("NOT_FOUND");
    if (count > 0) {
      await recordAudit(tx, {
        actorId: actor.userId,
        action: isArchived ? "rcp.archive" : "rcp.unarchive",
        targetType: "rcp",
        targetId: rcp.id,
        rcpId: rcp.id,
        details: { slug: rcp.slug, shortName: rcp.shortName },
      });
    }
    return { rcp, isChanged: count > 0 };
  });
  if (result.isChanged) revalidatePublicPages();
  return result.rcp;
}
