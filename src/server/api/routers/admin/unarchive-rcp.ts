import { ZRcpIdInput } from "~/domain/admin/rcp-schema";
import { setRcpArchived } from "~/server/admin/rcp-mutations";
import { adminProcedure } from "../../trpc";

export const unarchiveRcp = adminProcedure
  .input(ZRcpIdInput)
  .mutation(({ ctx, input }) => setRcpArchived(ctx.db, ctx.access, input.rcpId, false));
