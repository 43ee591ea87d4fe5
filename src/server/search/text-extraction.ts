// The background side of extraction: the upload's transaction marks a file due (a trigger on
// ActivityDocument), a job takes due files one at a time, stores their text and the search table's
// trigger indexes it. A file that cannot be read is marked failed at once; one whose storage fails
// is tried again, at most MAX_ATTEMPTS times, so nothing is retried forever.
import type { TDb } from "~/server/db-client";
import type { TFileStorage } from "~/server/storage/storage";
import { ExtractionError, extractFileText } from "./extract-text";

export { TEXT_EXTRACTION } from "~/server/jobs/wake";

const MAX_ATTEMPTS = 3;
/** A claim older than this belongs to a worker that died: its file is taken again. */
const LEASE_MS = 10 * 60_000;
/** One run's share; the next run (a minute later, or a wake) continues. */
const BATCH = 20;

type TClaimed = { documentId: string; attempts: number; storageKey: string; mediaType: string };

async function claimNext(db: TDb, now: Date): Promise<TClaimed | null> {
  const leaseEnd = new Date(now.getTime() - LEASE_MS);
  const [row] = await db.$queryRaw<TClaimed[]>`
    UPDATE "DocumentText" t SET "attempts" = t."attempts" + 1, "updatedAt" = ${now}
    FROM "ActivityDocument" d
    WHERE d."id" = t."documentId" AND t."documentId" = (
      SELECT "documentId" FROM "DocumentText"
      WHERE "status" = 'PENDING' AND ("attempts" = 0 OR "updatedAt" < ${leaseEnd})
      ORDER BY "updatedAt" LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING t."documentId", t."attempts", d."storageKey", d."mediaType"`;
  return row ?? null;
}

async function readStored(storage: TFileStorage, key: string): Promise<Uint8Array | null> {
  const file = await storage.get(key);
  if (!file) return null;
  return new Uint8Array(await new Response(file.body).arrayBuffer());
}

const finish = (
  db: TDb,
  documentId: string,
  data: { status: "DONE" | "FAILED"; text?: string; error?: string },
) => db.documentText.update({ where: { documentId }, data });

/** Extracts the text of due files; returns how many it finished (done or failed). */
export async function extractDueTexts(
  db: TDb,
  storage: TFileStorage,
  now: Date = new Date(),
): Promise<number> {
  let finished = 0;
  for (let index = 0; index < BATCH; index++) {
    const claimed = await claimNext(db, now);
    if (!claimed) break;
    const { documentId, attempts, storageKey, mediaType } = claimed;
    if (attempts > MAX_ATTEMPTS) {
      await finish(db, documentId, { status: "FAILED", error: "gave up after repeated failures" });
      finished++;
      continue;
    }
    try {
      const content = await readStored(storage, storageKey);
      if (!content) {
        await finish(db, documentId, { status: "FAILED", error: "file missing from storage" });
      } else {
        await finish(db, documentId, { status: "DONE", text: await extractFileText(content, mediaType) });
      }
      finished++;
    } catch (error) {
      if (error instanceof ExtractionError) {
        await finish(db, documentId, { status: "FAILED", error: error.message.slice(0, 500) });
        finished++;
      } else if (attempts >= MAX_ATTEMPTS) {
        await finish(db, documentId, { status: "FAILED", error: "storage unavailable" });
        finished++;
      } else {
        // Storage trouble: the lease runs out and a later run tries again.
        console.error("Text extraction will be retried", error);
      }
    }
  }
  return finished;
}
