import { listAuditActions as listAuditActionsData } from "~/server/admin/audit-data";
import { adminProcedure } from "../../trpc";

/** The actions the audit log holds, for its filter. */
export const listAuditActions = adminProcedure.query(({ ctx }) => listAuditActionsData(ctx.db));
