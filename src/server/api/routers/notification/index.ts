import { createTRPCRouter } from "../../trpc";
import { listNotificationsProcedure } from "./list-notifications";
import { markAllReadProcedure } from "./mark-all-read";
import { markReadProcedure } from "./mark-read";
import { unreadCountProcedure } from "./unread-count";

export const notificationRouter = createTRPCRouter({
  unreadCount: unreadCountProcedure,
  list: listNotificationsProcedure,
  markRead: markReadProcedure,
  markAllRead: markAllReadProcedure,
});
