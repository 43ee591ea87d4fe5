import { ZCreateRcpInput } from "~/domain/admin/rcp-schema";
import { createRcp as create } from "~/server/admin/rcp-mutations";
import { adminProcedure } from "../../trpc";

/** A new RCP; an address (slug) already in use is a CONFLICT with the message "slugTaken". */
export const createRcp = adminProcedure
  .input(ZCreateRcpInput)
  .mutation(({ ctx, input }) => create(ctx.db, ctx.access, input));
