import { ZUserIdInput } from "~/domain/admin/user-schema";
import { disableUser as disable } from "~/server/admin/user-mutations";
import { adminProcedure } from "../../trpc";

/** Refuses sign-in to the account and ends its open sessions. Never the caller's own account. */
export const disableUser = adminProcedure
  .input(ZUserIdInput)
  .mutation(({ ctx, input }) => disable(ctx.db, ctx.access, input.userId));
