import { listAdminRcps } from "~/server/admin/rcp-data";
import { adminProcedure } from "../../trpc";

/** Every RCP, archived ones included. */
export const listRcps = adminProcedure.query(({ ctx }) => listAdminRcps(ctx.db));
