// Daily and weekly digests, run by the job queue. Each person's digest covers the half-open window
// [peerMailFrom, run time): it picks up exactly where their last mail stopped, whatever frequency
// that was. Nothing is sent for an empty window; a window is digested once (the cursor moves in the
// same transaction that queues the mail, and the mail's key and PeerDigest's unique (person, start)
// refuse a second); a digest whose mail FAILED is widened by the next run instead of losing its
// events. "Sent" is the mail's own status: delivery marks it only once the SMTP server accepted it.
import { toLocale } from "~/i18n/routing";
import type { TDb } from "~/server/db-client";
import { peerDigestMail } from "~/server/mail/peer-messages";
import { queueMail } from "~/server/mail/queue";
import { peerMailAppUrl } from "./app-url";
import { recipientEvents, RECIPIENT_SELECT, type TRecipient } from "./events";
import { unsubscribeToken } from "./unsubscribe-token";

export type TDigestFrequency = "DAILY" | "WEEKLY";
export type TDigestReport = { queued: number; empty: number; skipped: number };

const BATCH = 200;
const PARALLEL = 4;

export const peerDigestKey = (userId: string, windowStart: Date) =>
  `peer-digest:${userId}:${windowStart.toISOString()}`;

/** Composes and queues the digests of everyone on `frequency`, in batches of people. */
export async function queuePeerDigests(
  db: TDb,
  frequency: TDigestFrequency,
  now: Date,
): Promise<TDigestReport> {
  const report: TDigestReport = { queued: 0, empty: 0, skipped: 0 };
  let after: string | undefined;
  for (;;) {
    const recipients = await db.user.findMany({
      where: {
        emailFrequency: frequency,
        disabledAt: null,
        // Without a follow there is nothing to report; the window stays open until there is.
        follows: { some: {} },
        peerMailFrom: { lt: now },
        ...(after ? { id: { gt: after } } : {}),
      },
      orderBy: { id: "asc" },
      take: BATCH,
      select: RECIPIENT_SELECT,
    });
    if (recipients.length === 0) return report;
    after = recipients.at(-1)?.id;
    for (let index = 0; index < recipients.length; index += PARALLEL) {
      const outcomes = await Promise.all(
        recipients
          .slice(index, index + PARALLEL)
          .map((recipient) => digestFor(db, recipient, frequency, now)),
      );
      for (const outcome of outcomes) report[outcome] += 1;
    }
  }
}

async function digestFor(
  db: TDb,
  recipient: TRecipient,
  frequency: TDigestFrequency,
  now: Date,
): Promise<keyof TDigestReport> {
  // The last digest's mail failed for good: this run covers its window too, under its key.
  const failed = await db.peerDigest.findFirst({
    where: { userId: recipient.id, windowEnd: recipient.peerMailFrom, mail: { status: "FAILED" } },
    select: { id: true, windowStart: true, mailKey: true },
  });
  const window = { from: failed?.windowStart ?? recipient.peerMailFrom, to: now };
  const { events, total } = await recipientEvents(db, recipient, window);
  return db.$transaction(async (tx) => {
    // The cursor moves only from where this run read it: a concurrent run (another app instance)
    // waits on the row lock, then finds it moved and does nothing.
    const moved = await tx.user.updateMany({
      where: { id: recipient.id, peerMailFrom: recipient.peerMailFrom, emailFrequency: frequency },
      data: { peerMailFrom: now },
    });
    if (moved.count === 0) return "skipped";
    if (total === 0) return "empty";
    const locale = toLocale(recipient.locale);
    const message = peerDigestMail({
      locale,
      appUrl: peerMailAppUrl(),
      to: recipient.email,
      name: recipient.name,
      unsubscribeToken: unsubscribeToken(recipient.id, now),
      frequency,
      events,
      total,
    });
    if (failed) {
      const retried = await tx.mailDelivery.updateMany({
        where: { idempotencyKey: failed.mailKey, status: "FAILED" },
        data: {
          subject: message.subject,
          text: message.text,
          html: message.html,
          headers: message.headers,
          status: "QUEUED",
          attempts: 0,
          lastError: null,
          nextAttemptAt: now,
        },
      });
      if (retried.count === 0) throw new Error(`Digest ${failed.id} changed while it was widened`);
      await tx.peerDigest.update({
        where: { id: failed.id },
        data: { windowEnd: now, eventCount: total, frequency },
      });
      return "queued";
    }
    const key = peerDigestKey(recipient.id, window.from);
    await queueMail(tx, [{ ...message, idempotencyKey: key }]);
    await tx.peerDigest.create({
      data: {
        userId: recipient.id,
        frequency,
        windowStart: window.from,
        windowEnd: now,
        eventCount: total,
        mailKey: key,
      },
      select: { id: true },
    });
    return "queued";
  });
}
