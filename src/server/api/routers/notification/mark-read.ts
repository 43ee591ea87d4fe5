import { ZMarkReadInput } from "~/domain/notification/schema";
import { markNotificationRead } from "~/server/notification/mutations";
import { protectedProcedure } from "../../trpc";

export const markReadProcedure = protectedProcedure
  .input(ZMarkReadInput)
  .mutation(({ ctx, input }) => markNotificationRead(ctx.db, ctx.access, input.eventId));
