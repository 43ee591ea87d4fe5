import { personalFeedStatus } from "~/server/calendar/personal-token";
import { protectedProcedure } from "../../trpc";

/** Whether the caller has a personal feed address, and since when; never the address itself. */
export const getPersonalFeed = protectedProcedure.query(({ ctx }) => personalFeedStatus(ctx.db, ctx.user.id));
