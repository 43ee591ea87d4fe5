// Delivery of queued mail, read back from a real SMTP server: sent once, retried with backoff,
// FAILED after the last try, never twice when workers race or a lease runs out.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDbClient, type TDb } from "~/server/db-client";
import { deliverDueMail } from "~/server/jobs/delivery";
import { MAIL_LEASE_MS, MAIL_MAX_ATTEMPTS } from "~/server/jobs/retry-policy";
import { createSmtpMailer, type TMailer } from "~/server/mail/mailer";
import { queueMail } from "~/server/mail/queue";
import { freePort } from "../../scripts/lib/free-port";
import { createScratchDb, type TScratchDb } from "../support/scratch-db";
import { startTestSmtp, type TTestSmtp } from "../support/smtp";

// A database of its own: a delivery round sends every due message, and other files queue mail too.
let scratch: TScratchDb;
const testDb = () => scratch.db;
beforeAll(async () => {
  scratch = await createScratchDb();
}, 60_000);
afterAll(() => scratch.drop());

let smtp: TTestSmtp;
let mailer: TMailer;
let deadMailer: TMailer;

beforeAll(async () => {
  smtp = await startTestSmtp();
  mailer = createSmtpMailer({
    smtpUrl: smtp.url,
    from: "RCP Exchange <no-reply@test.localhost>",
    appUrl: "http://app.test",
  });
  // Nothing listens there: every send fails as with a mail server that is down.
  const closed = `smtp://127.0.0.1:${await freePort()}`;
  deadMailer = createSmtpMailer({
    smtpUrl: closed,
    from: "no-reply@test.localhost",
    appUrl: "http://app.test",
  });
});
afterAll(() => smtp.stop());

const recipient = () => `person.${randomUUID()}@example.org`;

async function queueOne(db: TDb, to: string, subject = "Registration confirmed") {
  const key = `test:${randomUUID()}`;
  await queueMail(db, [{ idempotencyKey: key, to, subject, text: `Hello ${to}` }]);
  return db.mailDelivery.findUniqueOrThrow({ where: { idempotencyKey: key } });
}

const at = (base: Date, ms: number) => () => new Date(base.getTime() + ms);

describe("mail delivery", () => {
  it("sends a queued message once and marks it sent", async () => {
    const db = testDb();
    const to = recipient();
    const row = await queueOne(db, to, "Your place is confirmed");
    await deliverDueMail(db, mailer);
    const mail = await smtp.nextMessageTo(to);
    expect(mail.subject).toBe("Your place is confirmed");
    expect(mail.text).toBe(`Hello ${to}`);
    const sent = await db.mailDelivery.findUniqueOrThrow({ where: { id: row.id } });
    expect(sent).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
    expect(sent.sentAt).toBeInstanceOf(Date);

    await deliverDueMail(db, mailer);
    expect(smtp.messagesTo(to)).toHaveLength(1);
  });

  it("never sends a message twice when two workers deliver at once", async () => {
    const recipients = Array.from({ length: 30 }, recipient);
    const db = testDb();
    for (const to of recipients) await queueOne(db, to);
    // Two app instances: two separate connection pools on the same database.
    const url = scratch.url;
    const [first, second] = [createDbClient(url, 2), createDbClient(url, 2)];
    try {
      const reports = await Promise.all([deliverDueMail(first, mailer), deliverDueMail(second, mailer)]);
      expect(reports.every((report) => report.sent > 0)).toBe(true);
    } finally {
      await Promise.all([first.$disconnect(), second.$disconnect()]);
    }
    for (const to of recipients) expect(smtp.messagesTo(to), to).toHaveLength(1);
    const rows = await db.mailDelivery.findMany({ where: { to: { in: recipients } } });
    expect(rows.map((row) => `${row.status}:${row.attempts}`)).toEqual(recipients.map(() => "SENT:1"));
  });

  it("keeps a failed message with its error and tries again after the backoff", async () => {
    const db = testDb();
    const to = recipient();
    const row = await queueOne(db, to);
    const start = new Date();
    const report = await deliverDueMail(db, deadMailer, { now: () => start });
    expect(report.retrying).toBeGreaterThanOrEqual(1);
    const failed = await db.mailDelivery.findUniqueOrThrow({ where: { id: row.id } });
    expect(failed).toMatchObject({ status: "QUEUED", attempts: 1, sentAt: null });
    expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(failed.nextAttemptAt.getTime()).toBe(start.getTime() + 60_000);

    // Not before its time, even with the mail server back.
    await deliverDueMail(db, mailer, { now: at(start, 59_000) });
    expect(smtp.messagesTo(to)).toHaveLength(0);
    await deliverDueMail(db, mailer, { now: at(start, 60_000) });
    expect((await smtp.nextMessageTo(to)).subject).toBe("Registration confirmed");
    expect(await db.mailDelivery.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "SENT",
      attempts: 2,
      lastError: null,
    });
  });

  it("marks a message FAILED after the last try", async () => {
    const db = testDb();
    const to = recipient();
    const row = await queueOne(db, to);
    await db.mailDelivery.update({ where: { id: row.id }, data: { attempts: MAIL_MAX_ATTEMPTS - 1 } });
    await deliverDueMail(db, deadMailer);
    const failed = await db.mailDelivery.findUniqueOrThrow({ where: { id: row.id } });
    expect(failed).toMatchObject({ status: "FAILED", attempts: MAIL_MAX_ATTEMPTS });
    expect(failed.lastError).toBeTruthy();
    // A failed message waits for an administrator: later rounds leave it alone.
    await deliverDueMail(db, mailer, { now: at(new Date(), 24 * 3600_000) });
    expect(smtp.messagesTo(to)).toHaveLength(0);
  });

  it("takes over a message whose worker died mid-send, only once its lease ran out", async () => {
    const db = testDb();
    const to = recipient();
    const row = await queueOne(db, to);
    // As a worker leaves it when its process dies after claiming.
    const claimedAt = new Date();
    await db.mailDelivery.update({
      where: { id: row.id },
      data: { status: "SENDING", attempts: 1, nextAttemptAt: new Date(claimedAt.getTime() + MAIL_LEASE_MS) },
    });
    await deliverDueMail(db, mailer, { now: at(claimedAt, MAIL_LEASE_MS - 1000) });
    expect(smtp.messagesTo(to)).toHaveLength(0);
    await deliverDueMail(db, mailer, { now: at(claimedAt, MAIL_LEASE_MS) });
    await smtp.nextMessageTo(to);
    expect(await db.mailDelivery.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "SENT",
      attempts: 2,
    });
  });

  it("keeps what was queued while the mail server was down and sends each message once when it returns", async () => {
    const db = testDb();
    const recipients = Array.from({ length: 12 }, recipient);
    const rows = [];
    for (const to of recipients) rows.push(await queueOne(db, to, `Queued for ${to}`));
    const ids = rows.map((row) => row.id);
    const start = new Date();
    const hours = (n: number) => at(start, n * 3600_000);

    // Three rounds with the server down, each after the previous backoff ran out.
    for (const round of [0, 1, 2]) {
      await deliverDueMail(db, deadMailer, { now: hours(round) });
    }
    const waiting = await db.mailDelivery.findMany({ where: { id: { in: ids } } });
    expect(waiting.map((row) => `${row.status}:${row.attempts}`)).toEqual(ids.map(() => "QUEUED:3"));
    for (const to of recipients) expect(smtp.messagesTo(to), to).toHaveLength(0);

    // The server is back; two instances deliver at once, then later rounds find nothing left.
    const [first, second] = [createDbClient(scratch.url, 2), createDbClient(scratch.url, 2)];
    try {
      await Promise.all([
        deliverDueMail(first, mailer, { now: hours(3) }),
        deliverDueMail(second, mailer, { now: hours(3) }),
      ]);
    } finally {
      await Promise.all([first.$disconnect(), second.$disconnect()]);
    }
    await deliverDueMail(db, mailer, { now: hours(4) });
    for (const to of recipients) {
      expect((await smtp.nextMessageTo(to)).subject, to).toBe(`Queued for ${to}`);
      expect(smtp.messagesTo(to), to).toHaveLength(1);
    }
    const sent = await db.mailDelivery.findMany({ where: { id: { in: ids } } });
    expect(sent.map((row) => `${row.status}:${row.attempts}:${row.lastError}`)).toEqual(
      ids.map(() => "SENT:4:null"),
    );
  });
});
