// Daily and weekly digests, run by the job queue. Each person's digest covers the half-open window
// [peerMailFrom, run time): it picks up exactly where their last mail stopped, whatever frequency
// that was. The run time is held back to the start of any transaction still open, so an event
// committing late lands in the next window instead of behind the cursor (settled.ts). Nothing is
// sent for an empty window; a window is digested once (the cursor moves in the same transaction that
// queues the mail, and the mail's key and PeerDigest's unique (person, start) refuse a second); a
// digest whose mail FAILED is widened by the next run instead of losing its events. "Sent" is the
// mail's own status: delivery marks it only once the SMTP server accepted it.
//
// People are taken in batches: their events are read once per group of equal access
// (digest-events.ts), and each batch's cursors, mails and digests are written in one transaction.
import { toLocale, type TLocale } from "~/i18n/routing";
import type { TDb } from "~/server/db-client";
import { eventLine, peerDigestMail } from "~/server/mail/peer-messages";
import { settledBefore } from "~/server/peer-event/settled";
import { peerMailAppUrl } from "./app-url";
import { digestEvents, type TDigestReader } from "./digest-events";
import { writeDigests, type TComposedDigest, type TDigestRun } from "./digest-write";
import { RECIPIENT_SELECT, type TMailEvent, type TRecipient } from "./events";
import { unsubscribeToken } from "./unsubscribe-token";

export { peerDigestKey } from "./digest-write";

export type TDigestFrequency = "DAILY" | "WEEKLY";
export type TDigestReport = { queued: number; empty: number; skipped: number };

/** People per batch: one transaction each, so a crash loses at most the batch under way. */
const BATCH = 500;

/** Composes and queues the digests of everyone on `frequency`, in batches of people. */
export async function queuePeerDigests(
  db: TDb,
  frequency: TDigestFrequency,
  now: Date,
  options: { batchSize?: number } = {},
): Promise<TDigestReport> {
  const run: TDigestRun = { frequency, now, until: await settledBefore(db, now) };
  const line = runLines();
  const report: TDigestReport = { queued: 0, empty: 0, skipped: 0 };
  let after: string | undefined;
  for (;;) {
    const recipients = await db.user.findMany({
      where: {
        emailFrequency: frequency,
        disabledAt: null,
        // Without a follow there is nothing to report; the window stays open until there is.
        follows: { some: {} },
        peerMailFrom: { lt: run.until },
        ...(after ? { id: { gt: after } } : {}),
      },
      orderBy: { id: "asc" },
      take: options.batchSize ?? BATCH,
      select: RECIPIENT_SELECT,
    });
    if (recipients.length === 0) return report;
    after = recipients.at(-1)?.id;
    const outcome = await writeDigests(db, run, await composeDigests(db, run, line, recipients));
    for (const key of ["queued", "empty", "skipped"] as const) report[key] += outcome[key];
  }
}

/** Each event worded once per language for the whole run: many digests report the same events. */
function runLines() {
  const lines = new Map<string, string>();
  return (event: TMailEvent, locale: TLocale) => {
    const key = `${locale}:${event.id}`;
    const known = lines.get(key);
    if (known !== undefined) return known;
    const text = eventLine(event, locale);
    lines.set(key, text);
    return text;
  };
}

async function composeDigests(
  db: TDb,
  run: TDigestRun,
  line: (event: TMailEvent, locale: TLocale) => string,
  recipients: TRecipient[],
): Promise<TComposedDigest[]> {
  const failed = await failedDigests(db, recipients);
  const readers: TDigestReader[] = recipients.map((recipient) => ({
    recipient,
    window: { from: failed.get(recipient.id)?.windowStart ?? recipient.peerMailFrom, to: run.until },
  }));
  const events = await digestEvents(db, readers);
  return readers.map(({ recipient, window }) => {
    const found = events.get(recipient.id) ?? { events: [], total: 0 };
    const locale = toLocale(recipient.locale);
    const message =
      found.total === 0
        ? null
        : peerDigestMail({
            locale,
            appUrl: peerMailAppUrl(),
            to: recipient.email,
            name: recipient.name,
            unsubscribeToken: unsubscribeToken(recipient.id, run.now),
            frequency: run.frequency,
            events: found.events,
            total: found.total,
            line: (event) => line(event, locale),
          });
    return {
      userId: recipient.id,
      cursor: recipient.peerMailFrom,
      windowStart: window.from,
      total: found.total,
      message,
      failed: failed.get(recipient.id) ?? null,
    };
  });
}

/** The digests whose mail failed for good and whose window ends at the person's cursor. */
async function failedDigests(db: TDb, recipients: TRecipient[]) {
  const rows = await db.peerDigest.findMany({
    where: { userId: { in: recipients.map((r) => r.id) }, mail: { status: "FAILED" } },
    select: { id: true, userId: true, windowStart: true, windowEnd: true, mailKey: true },
  });
  const cursors = new Map(recipients.map((r) => [r.id, r.peerMailFrom.getTime()]));
  return new Map(
    rows.filter((row) => cursors.get(row.userId) === row.windowEnd.getTime()).map((row) => [row.userId, row]),
  );
}
