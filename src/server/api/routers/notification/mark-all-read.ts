import { markAllNotificationsRead } from "~/server/notification/mutations";
import { protectedProcedure } from "../../trpc";

export const markAllReadProcedure = protectedProcedure.mutation(({ ctx }) =>
  markAllNotificationsRead(ctx.db, ctx.access),
);
