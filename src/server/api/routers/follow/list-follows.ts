import { ZFollowListInput } from "~/domain/follow/schema";
import { listFollows } from "~/server/follow/data";
import { protectedProcedure } from "../../trpc";

/** The caller's follows, named in the language asked for. */
export const listFollowsProcedure = protectedProcedure
  .input(ZFollowListInput)
  .query(({ ctx, input }) => listFollows(ctx.db, ctx.user.id, input.locale));
