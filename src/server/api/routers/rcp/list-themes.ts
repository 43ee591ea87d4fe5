import { listThemes as listThemesData } from "~/server/rcp/directory";
import { publicProcedure } from "../../trpc";

export const listThemes = publicProcedure.query(({ ctx }) => listThemesData(ctx.db));
