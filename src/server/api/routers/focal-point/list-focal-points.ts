import { ZRcpSlugInput } from "~/domain/rcp/schema";
import { DomainError } from "~/server/errors";
import { findFocalRcp, listRcpFocalPoints, listRepresentable } from "~/server/focal-point/data";
import { canEditFocalPoints, visibleFocalPointsWhere } from "~/server/focal-point/policy";
import { protectedProcedure } from "../../trpc";

/**
 * One RCP's focal points, current and former: all of them for its staff, those for all
 * secretariats for other secretariats. Editors also get whom an entry may represent.
 */
export const listFocalPoints = protectedProcedure.input(ZRcpSlugInput).query(async ({ ctx, input }) => {
  const visible = visibleFocalPointsWhere(ctx.access);
  if (!visible) throw new DomainError("FORBIDDEN");
  const rcp = await findFocalRcp(ctx.db, input.slug);
  if (!rcp) throw new DomainError("NOT_FOUND");
  const canEdit = canEditFocalPoints(ctx.access, rcp.id);
  const [items, representable] = await Promise.all([
    listRcpFocalPoints(ctx.db, rcp.id, visible),
    canEdit ? listRepresentable(ctx.db, rcp.id) : Promise.resolve([]),
  ]);
  return { rcp, canEdit, items, representable };
});
