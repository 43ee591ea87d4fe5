import { ZListOpenInvitationsInput } from "~/domain/invitation/schema";
import { listOpenInvitations } from "~/server/invitation/data";
import { adminProcedure } from "../../trpc";

/** The platform's open invitations, to every RCP and to administration alone, page by page. */
export const listInvitations = adminProcedure
  .input(ZListOpenInvitationsInput)
  .query(({ ctx, input }) => listOpenInvitations(ctx.db, input));
