import { listMatrixRows as listMatrixRowsData } from "~/server/rcp/matrix";
import { publicProcedure } from "../../trpc";

export const listMatrixRows = publicProcedure.query(({ ctx }) => listMatrixRowsData(ctx.db));
