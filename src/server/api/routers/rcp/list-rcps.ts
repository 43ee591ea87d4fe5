import { listDirectory } from "~/server/rcp/directory";
import { publicProcedure } from "../../trpc";

export const listRcps = publicProcedure.query(({ ctx }) => listDirectory(ctx.db));
