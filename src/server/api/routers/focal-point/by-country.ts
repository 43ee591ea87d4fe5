import { z } from "zod";
import { DomainError } from "~/server/errors";
import { listCountryFocalPoints } from "~/server/focal-point/data";
import { visibleFocalPointsWhere } from "~/server/focal-point/policy";
import { protectedProcedure } from "../../trpc";

/** "Who represents <country> in each process": every process it belongs to, with what the reader may see. */
export const focalPointsByCountry = protectedProcedure
  .input(z.object({ code: z.string().regex(/^[A-Z]{2}$/, "unknownCountry") }).strict())
  .query(async ({ ctx, input }) => {
    const visible = visibleFocalPointsWhere(ctx.access);
    if (!visible) throw new DomainError("FORBIDDEN");
    return listCountryFocalPoints(ctx.db, input.code, visible);
  });
