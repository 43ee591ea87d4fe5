import { unreadCount } from "~/server/notification/data";
import { protectedProcedure } from "../../trpc";

/** For the header's bell: how many notifications the caller has not read (up to "99+"). */
export const unreadCountProcedure = protectedProcedure.query(({ ctx }) => unreadCount(ctx.db, ctx.access));
