import { ZNotificationListInput } from "~/domain/notification/schema";
import { listNotifications } from "~/server/notification/data";
import { protectedProcedure } from "../../trpc";

/** The caller's notifications, newest first, a page at a time, each read or unread. */
export const listNotificationsProcedure = protectedProcedure
  .input(ZNotificationListInput)
  .query(({ ctx, input }) => listNotifications(ctx.db, ctx.access, input));
