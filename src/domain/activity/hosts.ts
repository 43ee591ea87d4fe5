// Joint activities: the inputs of inviting, answering and leaving, shared by the hosts page and
// the server.
import { z } from "zod";
import { ZRecordId } from "~/lib/record-id";
import { ZRcpSlug } from "~/domain/rcp/schema";

export const HOST_STATUSES = ["INVITED", "ACCEPTED", "DECLINED"] as const;
export type THostStatus = (typeof HOST_STATUSES)[number];

/** The owner names the RCP to invite by its address, as the hosts page's list gives it. */
export const ZInviteHostInput = z.object({ activityId: ZRecordId, rcpSlug: ZRcpSlug }).strict();

/** An invitation or a host place: the activity and the RCP it is addressed to. */
export const ZHostRefInput = z.object({ activityId: ZRecordId, rcpId: ZRecordId });
