import { ZFollowTargetInput } from "~/domain/follow/schema";
import { removeFollow } from "~/server/follow/mutations";
import { protectedProcedure } from "../../trpc";

export const removeFollowProcedure = protectedProcedure
  .input(ZFollowTargetInput)
  .mutation(({ ctx, input }) => removeFollow(ctx.db, ctx.user.id, input));
