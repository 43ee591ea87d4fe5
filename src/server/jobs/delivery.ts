// Delivers queued mail. Every step is a conditional update that names the state it expects, so two
// workers (in one process or in several app instances) never send one message twice: a claim
// succeeds only while the row is still due and unchanged; the outcome is written only by the worker
// whose claim (its attempt number) still holds.
import type { TDb } from "~/server/db-client";
import type { TMailer } from "~/server/mail/mailer";
import { MAIL_LEASE_MS, isLastMailAttempt, mailRetryDelayMs } from "./retry-policy";

export type TDeliveryOptions = {
  /** Rows read per round. */
  batchSize?: number;
  /** Stop starting new rounds after this long, so one job never outlives its expiry. */
  budgetMs?: number;
  /** The clock; tests move it. */
  now?: () => Date;
};

export type TDeliveryReport = { sent: number; failed: number; retrying: number };

type TClaim = { id: string; attempts: number };

const LAST_ERROR_LENGTH = 1000;

/** Sends every message that is due now; returns what happened to the messages this worker took. */
export async function deliverDueMail(
  db: TDb,
  mailer: TMailer,
  options: TDeliveryOptions = {},
): Promise<TDeliveryReport> {
  const { batchSize = 50, budgetMs = 45_000, now = () => new Date() } = options;
  const report: TDeliveryReport = { sent: 0, failed: 0, retrying: 0 };
  const deadline = Date.now() + budgetMs;
  // Rows another worker holds are skipped; a round that claims nothing means nothing is left.
  for (;;) {
    // Due: queued and its time has come, or being sent by a worker whose lease ran out.
    const candidates = await db.mailDelivery.findMany({
      where: { status: { in: ["QUEUED", "SENDING"] }, nextAttemptAt: { lte: now() } },
      orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
      take: batchSize,
      select: { id: true, status: true, attempts: true },
    });
    // Claimed one at a time, just before sending, so parallel workers share a batch instead of
    // one of them holding all of it; a row another worker took meanwhile is skipped.
    let claimed = 0;
    for (const candidate of candidates) {
      const ours = await claim(db, candidate, now());
      if (!ours) continue;
      claimed += 1;
      await deliverOne(db, mailer, ours, now, report);
    }
    if (claimed === 0 || Date.now() > deadline) return report;
  }
}

async function claim(
  db: TDb,
  candidate: { id: string; status: "QUEUED" | "SENDING" | "SENT" | "FAILED"; attempts: number },
  at: Date,
): Promise<TClaim | null> {
  // The attempt is counted when it starts: a worker that dies mid-send still used one up.
  const { count } = await db.mailDelivery.updateMany({
    where: {
      id: candidate.id,
      status: candidate.status,
      attempts: candidate.attempts,
      nextAttemptAt: { lte: at },
    },
    data: {
      status: "SENDING",
      attempts: { increment: 1 },
      nextAttemptAt: new Date(at.getTime() + MAIL_LEASE_MS),
    },
  });
  return count === 1 ? { id: candidate.id, attempts: candidate.attempts + 1 } : null;
}

async function deliverOne(
  db: TDb,
  mailer: TMailer,
  claim: TClaim,
  now: () => Date,
  report: TDeliveryReport,
): Promise<void> {
  const ours = { id: claim.id, status: "SENDING" as const, attempts: claim.attempts };
  const row = await db.mailDelivery.findFirst({
    where: ours,
    select: { to: true, subject: true, text: true, html: true, headers: true },
  });
  if (!row) return;
  try {
    await mailer.send({
      to: row.to,
      subject: row.subject,
      text: row.text,
      html: row.html ?? undefined,
      headers: storedHeaders(row.headers),
    });
  } catch (error) {
    const isLast = isLastMailAttempt(claim.attempts);
    const at = now();
    await db.mailDelivery.updateMany({
      where: ours,
      data: {
        status: isLast ? "FAILED" : "QUEUED",
        lastError: describeError(error),
        nextAttemptAt: isLast ? at : new Date(at.getTime() + mailRetryDelayMs(claim.attempts)),
      },
    });
    if (isLast) report.failed += 1;
    else report.retrying += 1;
    return;
  }
  await db.mailDelivery.updateMany({
    where: ours,
    data: { status: "SENT", sentAt: now(), lastError: null },
  });
  report.sent += 1;
}

/** Only string values were ever stored; anything else is dropped rather than sent malformed. */
function storedHeaders(value: unknown): Record<string, string> | undefined {
  if (!value || typeof value !== "object" || Array.isArray(value)) return undefined;
  const entries = Object.entries(value).filter(
    (entry): entry is [string, string] => typeof entry[1] === "string",
  );
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, LAST_ERROR_LENGTH);
}
