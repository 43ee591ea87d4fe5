import { z } from "zod";
import { dayStart, line, optional, ZDay, ZId } from "./fields";

export const AUDIT_ENTRIES_PER_PAGE = 50;

const auditFilterShape = {
  /** Part of the email address or name of whoever acted. */
  actor: optional(line(254)),
  /** An action code such as "user.disable". */
  action: optional(line(100).refine((value) => /^[a-z][a-zA-Z0-9_.-]*$/.test(value), { error: "invalid" })),
  rcpId: optional(ZId),
  /** First and last day of the range, both included (UTC). */
  from: optional(ZDay),
  to: optional(ZDay),
};

function checkRange(value: { from?: string; to?: string }, context: z.RefinementCtx) {
  if (value.from && value.to && dayStart(value.to) < dayStart(value.from)) {
    context.addIssue({ code: "custom", path: ["to"], message: "dateOrder" });
  }
}

export const ZAuditFilters = z.object(auditFilterShape).superRefine(checkRange);
export type TAuditFiltersForm = z.input<typeof ZAuditFilters>;
export type TAuditFilters = z.output<typeof ZAuditFilters>;

export const ZListAuditLogInput = z
  .object({
    ...auditFilterShape,
    /** The id of the last entry already shown: the page continues with older entries. */
    cursor: ZId.optional(),
    limit: z.number().int().min(1).max(200).default(AUDIT_ENTRIES_PER_PAGE),
  })
  .superRefine(checkRange);
export type TListAuditLogInput = z.output<typeof ZListAuditLogInput>;
