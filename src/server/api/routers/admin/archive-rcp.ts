import { ZRcpIdInput } from "~/domain/admin/rcp-schema";
import { setRcpArchived } from "~/server/admin/rcp-mutations";
import { adminProcedure } from "../../trpc";

/** Takes an RCP off the public pages; its data and secretariat stay. */
export const archiveRcp = adminProcedure
  .input(ZRcpIdInput)
  .mutation(({ ctx, input }) => setRcpArchived(ctx.db, ctx.access, input.rcpId, true));
