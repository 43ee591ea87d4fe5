import { ZOpenByRcpInput } from "~/domain/recommendation/schema";
import { findRcpForList } from "~/server/recommendation/audience";
import { listOpenByRcp } from "~/server/recommendation/read";
import { DomainError } from "~/server/errors";
import { readerProcedure } from "../../trpc";

/** A process's open recommendations (not started, in progress, partly implemented) the reader may see. */
export const openByRcp = readerProcedure.input(ZOpenByRcpInput).query(async ({ ctx, input }) => {
  const rcp = await findRcpForList(ctx.db, input.slug);
  if (!rcp) throw new DomainError("NOT_FOUND");
  return listOpenByRcp(ctx.db, ctx.viewer, rcp.id, input.cursor);
});
