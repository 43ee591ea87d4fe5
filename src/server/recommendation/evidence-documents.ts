// The platform documents a writer may cite as evidence: those of the outcome's own activity that the
// writer may see, which is the same rule the follow-up is checked against when recorded.
import { canSeeActivity } from "~/server/activity/policy";
import type { TDb } from "~/server/db-client";
import type { TAccess } from "~/server/user/access";
import { recommendationAudience } from "./policy";

/** Enough for a select; an activity carries a handful of documents. */
const MOST = 200;

export async function evidenceDocumentsFor(db: TDb, access: TAccess, activityId: string) {
  if (!activityId) throw new Error("evidenceDocumentsFor needs an activity id");
  const rows = await db.activityDocument.findMany({
    where: { activityId },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    take: MOST,
    select: {
      id: true,
      title: true,
      visibility: true,
      activity: { select: { visibility: true, hostRcpIds: true } },
    },
  });
  return rows
    .filter((row) => canSeeActivity(access, recommendationAudience(row.visibility, row.activity)))
    .map((row) => ({ id: row.id, title: row.title }));
}
