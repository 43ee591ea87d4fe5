import { resetPersonalFeed } from "~/server/calendar/personal-token";
import { protectedProcedure } from "../../trpc";

/**
 * A new secret address for the caller's personal feed, returned this once; the previous one stops
 * working at once.
 */
export const resetPersonalFeedProcedure = protectedProcedure.mutation(({ ctx }) =>
  resetPersonalFeed(ctx.db, ctx.user.id),
);
