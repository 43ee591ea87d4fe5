import { listRcps as listRcpsData } from "~/server/rcp/data";
import { publicProcedure } from "../../trpc";

export const listRcps = publicProcedure.query(({ ctx }) => listRcpsData(ctx.db));
