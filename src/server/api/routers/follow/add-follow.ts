import { ZFollowTargetInput } from "~/domain/follow/schema";
import { addFollow } from "~/server/follow/mutations";
import { protectedProcedure } from "../../trpc";

/** Follow a process, a theme or a country; an unknown one is refused with nothing stored. */
export const addFollowProcedure = protectedProcedure
  .input(ZFollowTargetInput)
  .mutation(({ ctx, input }) => addFollow(ctx.db, ctx.user.id, input));
