import { getPeers } from "~/server/rcp/overlap";
import { publicProcedure } from "../../trpc";
import { ZRcpSlugInput } from "~/domain/rcp/schema";

export const listPeers = publicProcedure
  .input(ZRcpSlugInput)
  .query(({ ctx, input }) => getPeers(ctx.db, input.slug));
