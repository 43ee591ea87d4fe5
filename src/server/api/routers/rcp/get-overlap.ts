import { getOverlap as getOverlapData } from "~/server/rcp/overlap";
import { publicProcedure } from "../../trpc";

export const getOverlap = publicProcedure.query(({ ctx }) => getOverlapData(ctx.db));
