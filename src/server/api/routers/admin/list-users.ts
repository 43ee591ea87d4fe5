import { ZListUsersInput } from "~/domain/admin/user-schema";
import { listUsers as listUsersData } from "~/server/admin/user-data";
import { adminProcedure } from "../../trpc";

/** Accounts page by page, searched by email or name, filtered by RCP, role and status. */
export const listUsers = adminProcedure
  .input(ZListUsersInput)
  .query(({ ctx, input }) => listUsersData(ctx.db, input));
