import { listFoundings as listFoundingsData } from "~/server/rcp/timeline";
import { publicProcedure } from "../../trpc";

export const listFoundings = publicProcedure.query(({ ctx }) => listFoundingsData(ctx.db));
