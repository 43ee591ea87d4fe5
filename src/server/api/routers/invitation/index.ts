import { createTRPCRouter } from "../../trpc";
import { acceptInvitation } from "./accept-invitation";
import { createInvitation } from "./create-invitation";
import { getInvitation } from "./get-invitation";
import { listPendingInvitations } from "./list-pending-invitations";
import { resendInvitation } from "./resend-invitation";
import { revokeInvitation } from "./revoke-invitation";

export const invitationRouter = createTRPCRouter({
  create: createInvitation,
  listPending: listPendingInvitations,
  resend: resendInvitation,
  revoke: revokeInvitation,
  get: getInvitation,
  accept: acceptInvitation,
});
