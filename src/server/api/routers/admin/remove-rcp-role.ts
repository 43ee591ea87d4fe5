import { ZRemoveRcpRoleInput } from "~/domain/admin/user-schema";
import { removeRcpRole as removeRole } from "~/server/admin/rcp-role-mutations";
import { adminProcedure } from "../../trpc";

export const removeRcpRole = adminProcedure
  .input(ZRemoveRcpRoleInput)
  .mutation(({ ctx, input }) => removeRole(ctx.db, ctx.access, input));
