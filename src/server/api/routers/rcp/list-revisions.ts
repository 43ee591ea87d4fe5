import { z } from "zod";
import { ZVersion } from "~/domain/rcp/profile-schema";
import { DomainError } from "~/server/errors";
import { listRevisions as listRevisionsData } from "~/server/rcp/revisions";
import { rcpProcedure } from "../../trpc";

/** The profile's saved versions, newest first; `before` pages to older ones. */
export const listRevisions = rcpProcedure
  .input(z.object({ before: ZVersion.optional(), limit: z.number().int().min(1).max(50).default(20) }))
  .query(async ({ ctx, input }) => {
    const page = await listRevisionsData(ctx.db, ctx.rcp.id, input);
    if (!page) throw new DomainError("NOT_FOUND");
    return page;
  });
