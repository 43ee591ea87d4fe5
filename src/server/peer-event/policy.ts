// Who may see a peer event: whoever may see its subject now. An event about an activity follows the
// activity's tier as it is today; one about a document, the narrower of the document's and its
// activity's; events about a process itself (its profile, its creation) are public like the profile.
import type { Prisma } from "~/generated/prisma/client";
import { isSecretariatMember, visibleActivitiesWhere } from "~/server/activity/policy";
import { isAdmin } from "~/server/rcp/policy";
import type { TAccess } from "~/server/user/access";

/** A document's own tier as a filter; its activity's tier is tested beside it. */
function visibleDocumentsWhere(access: TAccess | null): Prisma.ActivityDocumentWhereInput {
  if (access && isAdmin(access)) return {};
  if (!access || !isSecretariatMember(access)) return { visibility: "PUBLIC" };
  return {
    OR: [
      { visibility: { in: ["PUBLIC", "ALL_SECRETARIATS"] } },
      { visibility: "HOSTS", activity: { hostRcpIds: { hasSome: Object.keys(access.rcpRoles) } } },
    ],
  };
}

/** The one filter every feed, count, notification and digest reads events through. */
export function visiblePeerEventsWhere(access: TAccess | null): Prisma.PeerEventWhereInput {
  if (access && isAdmin(access)) return {};
  return {
    rcp: { archivedAt: null },
    AND: [
      { OR: [{ activityId: null }, { activity: visibleActivitiesWhere(access) }] },
      { OR: [{ documentId: null }, { document: visibleDocumentsWhere(access) }] },
    ],
  };
}
