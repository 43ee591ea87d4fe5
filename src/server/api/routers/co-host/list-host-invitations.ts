import { listHostInvitations as list } from "~/server/activity/host-data";
import { rcpProcedure } from "../../trpc";

/** The open co-host invitations addressed to the RCP, for its staff (editors answer them). */
export const listHostInvitations = rcpProcedure.query(({ ctx }) => list(ctx.db, ctx.rcp.id));
