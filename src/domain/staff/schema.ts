import { z } from "zod";
import { ZRecordId } from "~/lib/record-id";

export const STAFF_ROLES = ["EDITOR", "VIEWER"] as const;

/** What an editor changes about a colleague of their own RCP (the RCP comes with the procedure). */
export const ZStaffMemberInput = z.object({ userId: ZRecordId });
export const ZStaffRoleInput = ZStaffMemberInput.extend({ role: z.enum(STAFF_ROLES) });
export type TStaffRole = (typeof STAFF_ROLES)[number];

/**
 * Whether the RCP keeps an active editor once `userId` stops being one. `editorIds` are its active
 * editors as the database holds them (locked) now.
 */
export function leavesAnEditor(editorIds: readonly string[], userId: string): boolean {
  return editorIds.some((id) => id !== userId);
}
