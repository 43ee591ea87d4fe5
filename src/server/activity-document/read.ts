// Reading documents: a document is seen with the narrower of its own tier and its activity's, by
// the one rule of activity/policy.ts. Narrowing an activity therefore narrows its documents.
import { narrowerVisibility } from "~/domain/activity-document/vocabulary";
import type { TVisibility } from "~/domain/activity/vocabulary";
import type { Prisma } from "~/generated/prisma/client";
import { ACCEPTED_HOST, canSeeActivity } from "~/server/activity/policy";
import type { TDb } from "~/server/db-client";
import type { TAccess } from "~/server/user/access";

const AUDIENCE_SELECT = {
  visibility: true,
  rcps: { where: ACCEPTED_HOST, select: { rcpId: true } },
} as const satisfies Prisma.ActivitySelect;

type TActivityAudienceRow = { visibility: TVisibility; rcps: { rcpId: string }[] };

export function canSeeDocument(
  access: TAccess | null,
  document: { visibility: TVisibility },
  activity: TActivityAudienceRow,
): boolean {
  return canSeeActivity(access, {
    visibility: narrowerVisibility(document.visibility, activity.visibility),
    hostRcpIds: activity.rcps.map((host) => host.rcpId),
  });
}

const DOCUMENT_SELECT = {
  id: true,
  kind: true,
  title: true,
  language: true,
  date: true,
  visibility: true,
  mediaType: true,
  size: true,
  version: true,
  createdAt: true,
} as const satisfies Prisma.ActivityDocumentSelect;

/** The documents of an activity the reader may see, newest first; none when the activity is hidden. */
export async function listVisibleDocuments(db: TDb, access: TAccess | null, activityId: string) {
  const activity = await db.activity.findUnique({
    where: { id: activityId },
    select: {
      ...AUDIENCE_SELECT,
      documents: { orderBy: [{ createdAt: "desc" }, { id: "asc" }], select: DOCUMENT_SELECT },
    },
  });
  if (!activity) return [];
  return activity.documents.filter((document) => canSeeDocument(access, document, activity));
}

export type TVisibleDocument = Awaited<ReturnType<typeof listVisibleDocuments>>[number];

/** What a download sends, when the reader may see the document; null otherwise (or when none). */
export async function findDownloadableDocument(db: TDb, access: TAccess | null, documentId: string) {
  const row = await db.activityDocument.findUnique({
    where: { id: documentId },
    select: {
      visibility: true,
      storageKey: true,
      originalName: true,
      mediaType: true,
      size: true,
      activity: { select: AUDIENCE_SELECT },
    },
  });
  if (!row || !canSeeDocument(access, row, row.activity)) return null;
  const effective = narrowerVisibility(row.visibility, row.activity.visibility);
  return { ...row, isPublic: effective === "PUBLIC" };
}

/** The activity a document belongs to, for the managing checks (activityManager…). */
export async function findDocumentActivityId(db: TDb, documentId: string): Promise<string | null> {
  const row = await db.activityDocument.findUnique({
    where: { id: documentId },
    select: { activityId: true },
  });
  return row?.activityId ?? null;
}
