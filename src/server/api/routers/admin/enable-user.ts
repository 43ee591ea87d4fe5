import { ZUserIdInput } from "~/domain/admin/user-schema";
import { enableUser as enable } from "~/server/admin/user-mutations";
import { adminProcedure } from "../../trpc";

export const enableUser = adminProcedure
  .input(ZUserIdInput)
  .mutation(({ ctx, input }) => enable(ctx.db, ctx.access, input.userId));
