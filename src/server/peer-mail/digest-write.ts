// One batch of digests, written in one transaction: the cursors of the batch's people move only
// from where the run read them (a concurrent run waits on the row locks, taken in id order so two
// runs never deadlock, then finds them moved and writes nothing for them), and the mails and
// PeerDigest rows of those whose cursor moved are inserted a few hundred rows per statement.
import type { TDb, TTx } from "~/server/db-client";
import type { TPeerMail } from "~/server/mail/peer-messages";
import { queueMail } from "~/server/mail/queue";
import type { TDigestFrequency, TDigestReport } from "./digest";

export type TDigestRun = { frequency: TDigestFrequency; now: Date; until: Date };

export type TComposedDigest = {
  userId: string;
  /** The cursor as the run read it. */
  cursor: Date;
  windowStart: Date;
  total: number;
  /** Null for an empty window. */
  message: TPeerMail | null;
  failed: { id: string; mailKey: string } | null;
};

const ROWS_PER_INSERT = 250;
const TX = { maxWait: 20_000, timeout: 120_000 } as const;

const chunks = <T>(items: readonly T[]) =>
  Array.from({ length: Math.ceil(items.length / ROWS_PER_INSERT) }, (_, index) =>
    items.slice(index * ROWS_PER_INSERT, (index + 1) * ROWS_PER_INSERT),
  );

export const peerDigestKey = (userId: string, windowStart: Date) =>
  `peer-digest:${userId}:${windowStart.toISOString()}`;

async function moveCursors(tx: TTx, run: TDigestRun, digests: readonly TComposedDigest[]) {
  const ids = digests.map((digest) => digest.userId);
  const cursors = digests.map((digest) => digest.cursor.toISOString());
  await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ANY(${ids}::text[]) ORDER BY "id" FOR UPDATE`;
  // ISO times cast to a timestamp without time zone keep their UTC wall time, as Prisma stores them.
  const moved = await tx.$queryRaw<{ id: string }[]>`
    UPDATE "User" u SET "peerMailFrom" = ${run.until.toISOString()}::timestamp(3), "updatedAt" = now()
    FROM unnest(${ids}::text[], ${cursors}::text[]) AS v("id", "cursor")
    WHERE u."id" = v."id" AND u."peerMailFrom" = v."cursor"::timestamp(3)
      AND u."emailFrequency" = ${run.frequency}::"EmailFrequency"
    RETURNING u."id"`;
  return new Set(moved.map((row) => row.id));
}

async function widenFailed(tx: TTx, run: TDigestRun, digest: TComposedDigest, message: TPeerMail) {
  if (!digest.failed) return;
  const retried = await tx.mailDelivery.updateMany({
    where: { idempotencyKey: digest.failed.mailKey, status: "FAILED" },
    data: {
      subject: message.subject,
      text: message.text,
      html: message.html,
      headers: message.headers,
      status: "QUEUED",
      attempts: 0,
      lastError: null,
      nextAttemptAt: run.now,
    },
  });
  if (retried.count === 0) throw new Error(`Digest ${digest.failed.id} changed while it was widened`);
  await tx.peerDigest.update({
    where: { id: digest.failed.id },
    data: { windowEnd: run.until, eventCount: digest.total, frequency: run.frequency },
  });
}

export async function writeDigests(
  db: TDb,
  run: TDigestRun,
  digests: readonly TComposedDigest[],
): Promise<TDigestReport> {
  return db.$transaction(async (tx) => {
    const moved = await moveCursors(tx, run, digests);
    const report: TDigestReport = { queued: 0, empty: 0, skipped: 0 };
    const fresh: (TComposedDigest & { message: TPeerMail; key: string })[] = [];
    for (const digest of digests) {
      if (!moved.has(digest.userId)) report.skipped += 1;
      else if (!digest.message) report.empty += 1;
      else {
        report.queued += 1;
        if (digest.failed) await widenFailed(tx, run, digest, digest.message);
        else
          fresh.push({
            ...digest,
            message: digest.message,
            key: peerDigestKey(digest.userId, digest.windowStart),
          });
      }
    }
    for (const chunk of chunks(fresh)) {
      await queueMail(
        tx,
        chunk.map((digest) => ({ ...digest.message, idempotencyKey: digest.key })),
      );
      await tx.peerDigest.createMany({
        data: chunk.map((digest) => ({
          userId: digest.userId,
          frequency: run.frequency,
          windowStart: digest.windowStart,
          windowEnd: run.until,
          eventCount: digest.total,
          mailKey: digest.key,
        })),
      });
    }
    return report;
  }, TX);
}
