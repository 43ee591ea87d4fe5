import { createTRPCRouter } from "../../trpc";
import { acceptHostInvitation } from "./accept-host-invitation";
import { declineHostInvitation } from "./decline-host-invitation";
import { inviteHost } from "./invite-host";
import { leaveActivity } from "./leave-activity";
import { listActivityHosts } from "./list-activity-hosts";
import { listHostInvitations } from "./list-host-invitations";
import { withdrawHostInvitation } from "./withdraw-host-invitation";

/** Joint activities: who hosts an activity, and the invitations between RCPs. */
export const coHostRouter = createTRPCRouter({
  listHosts: listActivityHosts,
  listInvitations: listHostInvitations,
  invite: inviteHost,
  withdraw: withdrawHostInvitation,
  accept: acceptHostInvitation,
  decline: declineHostInvitation,
  leave: leaveActivity,
});
