import { listPendingInvitations as listPending } from "~/server/invitation/data";
import { rcpEditorProcedure } from "../../trpc";

/** Open invitations to an RCP, for the editors who manage its staff. */
export const listPendingInvitations = rcpEditorProcedure.query(({ ctx }) => listPending(ctx.db, ctx.rcp.id));
