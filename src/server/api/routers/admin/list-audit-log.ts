import { ZListAuditLogInput } from "~/domain/admin/audit-schema";
import { listAuditLog as listAuditLogData } from "~/server/admin/audit-data";
import { adminProcedure } from "../../trpc";

/** Audit entries newest first, filtered by actor, action, RCP and days; `nextCursor` continues. */
export const listAuditLog = adminProcedure
  .input(ZListAuditLogInput)
  .query(({ ctx, input }) => listAuditLogData(ctx.db, input));
