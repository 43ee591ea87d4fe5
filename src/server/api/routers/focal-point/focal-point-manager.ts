import { ZFocalPointRef } from "~/domain/focal-point/schema";
import { DomainError } from "~/server/errors";
import { findFocalPointAudience } from "~/server/focal-point/data";
import { canEditFocalPoints, canSeeFocalPoint } from "~/server/focal-point/policy";
import { protectedProcedure } from "../../trpc";

/**
 * Changing a focal point (input `focalPointId`): its RCP's editors and administrators. To whoever
 * may not see it, it does not exist; whoever sees it but may not change it is refused.
 */
export const focalPointManagerProcedure = protectedProcedure
  .input(ZFocalPointRef)
  .use(async ({ ctx, input, next }) => {
    const entry = await findFocalPointAudience(ctx.db, input.focalPointId);
    if (!entry || !canSeeFocalPoint(ctx.access, entry)) throw new DomainError("NOT_FOUND");
    if (!canEditFocalPoints(ctx.access, entry.rcpId)) throw new DomainError("FORBIDDEN");
    return next({ ctx: { focalPoint: { id: entry.id, rcpId: entry.rcpId } } });
  });
