// Writing documents. The file is stored first and the row recorded after; whatever refuses the row
// removes the file, so no file is left that no row names. Removing files waits for the commit.
import type { TDocumentMetadata } from "~/domain/activity-document/schema";
import { isWithin } from "~/domain/activity-document/vocabulary";
import { carriesRecommendations } from "~/domain/recommendation/vocabulary";
import { recordAudit } from "~/server/audit/record";
import { revalidatePublicPages } from "~/server/cache/revalidate-public";
import type { TDb, TTx } from "~/server/db-client";
import { DomainError } from "~/server/errors";
import { recordActivityEvent } from "~/server/peer-event/activity-events";
import type { TFileStorage } from "~/server/storage/storage";

const TX = { maxWait: 10_000, timeout: 30_000 } as const;

export type TStoredUpload = {
  storageKey: string;
  originalName: string;
  mediaType: string;
  size: number;
  sha256: string;
};

const dateColumn = (date: string) => (date ? new Date(`${date}T00:00:00Z`) : null);

/** Refuses a tier wider than the activity's, on the field, as the form shows it. */
async function assertWithinActivity(tx: TTx, activityId: string, metadata: TDocumentMetadata) {
  // Locks the activity's row: its tier cannot widen the check's answer while the write goes on.
  const [activity] = await tx.$queryRaw<{ visibility: TDocumentMetadata["visibility"] }[]>`
    SELECT "visibility" FROM "Activity" WHERE "id" = ${activityId} FOR SHARE`;
  if (!activity) throw new DomainError("NOT_FOUND");
  if (!isWithin(metadata.visibility, activity.visibility)) {
    throw new DomainError("BAD_REQUEST", "documentWiderThanActivity", { field: "visibility" });
  }
}

type TRecord = { activityId: string; metadata: TDocumentMetadata; file: TStoredUpload; actorId: string };

export async function recordDocument(db: TDb, storage: TFileStorage, record: TRecord) {
  try {
    const created = await db.$transaction(async (tx) => {
      await assertWithinActivity(tx, record.activityId, record.metadata);
      const document = await tx.activityDocument.create({
        data: {
          activityId: record.activityId,
          kind: record.metadata.kind,
          title: record.metadata.title,
          language: record.metadata.language,
          date: dateColumn(record.metadata.date),
          visibility: record.metadata.visibility,
          ...record.file,
          uploadedById: record.actorId,
        },
        select: { id: true, version: true },
      });
      await recordAudit(tx, {
        actorId: record.actorId,
        action: "activityDocument.create",
        targetType: "ActivityDocument",
        targetId: document.id,
        details: { activityId: record.activityId, title: record.metadata.title, sha256: record.file.sha256 },
      });
      await recordActivityEvent(tx, {
        kind: "DOCUMENT_PUBLISHED",
        activityId: record.activityId,
        actorId: record.actorId,
        documentId: document.id,
        details: { title: record.metadata.title },
      });
      return document;
    }, TX);
    revalidatePublicPages();
    return created;
  } catch (error) {
    await removeFiles(storage, [record.file.storageKey]);
    throw error;
  }
}

type TUpdate = { documentId: string; baseVersion: number; data: TDocumentMetadata; actorId: string };

export async function updateDocument(db: TDb, update: TUpdate) {
  const version = await db.$transaction(async (tx) => {
    const current = await tx.activityDocument.findUnique({
      where: { id: update.documentId },
      select: { activityId: true, _count: { select: { recommendations: true } } },
    });
    if (!current) throw new DomainError("NOT_FOUND");
    await assertWithinActivity(tx, current.activityId, update.data);
    // Recommendations hang on declarations and recommendation documents only: a kind that carries
    // none would leave them on a report, shown nowhere.
    if (current._count.recommendations > 0 && !carriesRecommendations(update.data.kind)) {
      throw new DomainError("BAD_REQUEST", "documentHasRecommendations", { field: "kind" });
    }
    const { count } = await tx.activityDocument.updateMany({
      where: { id: update.documentId, version: update.baseVersion },
      data: {
        kind: update.data.kind,
        title: update.data.title,
        language: update.data.language,
        date: dateColumn(update.data.date),
        visibility: update.data.visibility,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new DomainError("CONFLICT");
    await recordAudit(tx, {
      actorId: update.actorId,
      action: "activityDocument.update",
      targetType: "ActivityDocument",
      targetId: update.documentId,
      details: { version: update.baseVersion + 1, visibility: update.data.visibility },
    });
    return update.baseVersion + 1;
  }, TX);
  revalidatePublicPages();
  return { version };
}

type TDelete = { documentId: string; baseVersion: number; actorId: string };

export async function deleteDocument(db: TDb, storage: TFileStorage | undefined, removal: TDelete) {
  const storageKey = await db.$transaction(async (tx) => {
    const gone = await tx.activityDocument.findUnique({
      where: { id: removal.documentId },
      select: { storageKey: true, title: true, activityId: true },
    });
    if (!gone) throw new DomainError("NOT_FOUND");
    const { count } = await tx.activityDocument.deleteMany({
      where: { id: removal.documentId, version: removal.baseVersion },
    });
    if (count === 0) throw new DomainError("CONFLICT");
    await recordAudit(tx, {
      actorId: removal.actorId,
      action: "activityDocument.delete",
      targetType: "ActivityDocument",
      targetId: removal.documentId,
      details: { activityId: gone.activityId, title: gone.title },
    });
    return gone.storageKey;
  }, TX);
  revalidatePublicPages();
  await removeFiles(storage, [storageKey]);
}

/**
 * Removes files whose rows are gone (committed): a failure is logged for an operator to clean up,
 * never an error for the person whose deletion did happen.
 */
export async function removeFiles(storage: TFileStorage | undefined, keys: readonly string[]) {
  if (keys.length === 0) return;
  if (!storage) {
    console.error("Files left in storage: no storage configured for this caller", keys);
    return;
  }
  const results = await Promise.allSettled(keys.map((key) => storage.delete(key)));
  results.forEach((result, index) => {
    if (result.status === "rejected") {
      console.error(`Could not delete the stored file ${keys[index]}`, result.reason);
    }
  });
}
