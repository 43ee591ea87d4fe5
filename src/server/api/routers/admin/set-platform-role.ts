import { ZSetPlatformRoleInput } from "~/domain/admin/user-schema";
import { setPlatformRole as setRole } from "~/server/admin/user-mutations";
import { adminProcedure } from "../../trpc";

/** Makes an account an administrator or a user; the last active administrator stays one (CONFLICT). */
export const setPlatformRole = adminProcedure
  .input(ZSetPlatformRoleInput)
  .mutation(({ ctx, input }) => setRole(ctx.db, ctx.access, input));
