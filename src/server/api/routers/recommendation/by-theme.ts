import { ZByThemeInput } from "~/domain/recommendation/schema";
import { findThemeAndRcp } from "~/server/recommendation/audience";
import { listByTheme } from "~/server/recommendation/read";
import { DomainError } from "~/server/errors";
import { readerProcedure } from "../../trpc";

/** Across processes: the recommendations of a theme the reader may see, filtered by status and process. */
export const byTheme = readerProcedure.input(ZByThemeInput).query(async ({ ctx, input }) => {
  const { theme, rcp } = await findThemeAndRcp(ctx.db, input.theme, input.rcp);
  if (!theme || (input.rcp && !rcp)) throw new DomainError("NOT_FOUND");
  return listByTheme(
    ctx.db,
    ctx.viewer,
    { themeId: theme.id, status: input.status, rcpId: rcp?.id },
    input.cursor,
  );
});
