import { ZSetRcpRoleInput } from "~/domain/admin/user-schema";
import { setRcpRole as setRole } from "~/server/admin/rcp-role-mutations";
import { adminProcedure } from "../../trpc";

/** Makes an account an editor or viewer of one RCP's secretariat. */
export const setRcpRole = adminProcedure
  .input(ZSetRcpRoleInput)
  .mutation(({ ctx, input }) => setRole(ctx.db, ctx.access, input));
