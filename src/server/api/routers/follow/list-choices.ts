import { ZFollowListInput } from "~/domain/follow/schema";
import { listFollowChoices } from "~/server/follow/data";
import { protectedProcedure } from "../../trpc";

/** What can be followed (processes, themes, countries), named in the language asked for. */
export const listChoicesProcedure = protectedProcedure
  .input(ZFollowListInput)
  .query(({ ctx, input }) => listFollowChoices(ctx.db, input.locale));
