// The administrators' view of undelivered mail: what failed or waits, never a body, and "Retry"
// that sends a failed message again through the mail server.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAIL_PER_PAGE } from "~/domain/admin/mail-schema";
import { createCaller } from "~/server/api/root";
import { deliverDueMail } from "~/server/jobs/delivery";
import { createSmtpMailer } from "~/server/mail/mailer";
import { queueMail } from "~/server/mail/queue";
import { testDb } from "../support/db";
import { callerFor, createFailedMail, createUser } from "../support/factories";
import { createScratchDb } from "../support/scratch-db";
import { errorOf } from "../support/trpc-error";
import { startTestSmtp, type TTestSmtp } from "../support/smtp";

let smtp: TTestSmtp;
beforeAll(async () => {
  smtp = await startTestSmtp();
});
afterAll(() => smtp.stop());

const adminCaller = async () => callerFor(await createUser({ platformRole: "ADMIN" })).admin;

describe("admin mail", () => {
  it("lists failed and waiting mail apart, newest first, with why and when but without the body", async () => {
    const admin = await adminCaller();
    const failed = await createFailedMail();
    const waitingTo = `waiting-${randomUUID().slice(0, 8)}@example.org`;
    await queueMail(testDb(), [
      { idempotencyKey: `test:${randomUUID()}`, to: waitingTo, subject: "Waiting", text: "secret link" },
    ]);

    const failedPage = await admin.listMail({ view: "failed" });
    expect(failedPage.messages[0]).toMatchObject({
      id: failed.id,
      to: failed.to,
      subject: failed.subject,
      attempts: 8,
      lastError: "connect ECONNREFUSED 127.0.0.1:25",
    });
    expect(failedPage.messages.every((message) => message.status === "FAILED")).toBe(true);
    expect(JSON.stringify(failedPage)).not.toContain("private link");

    const waitingPage = await admin.listMail({ view: "waiting" });
    expect(waitingPage.messages.map((message) => message.to)).toContain(waitingTo);
    expect(waitingPage.messages.map((message) => message.id)).not.toContain(failed.id);
    expect(waitingPage.counts).toEqual(failedPage.counts);
    expect(failedPage.counts.failed).toBeGreaterThanOrEqual(1);
    expect(failedPage.counts.waiting).toBeGreaterThanOrEqual(1);
  });

  it("pages through failed mail, and shows the last page for a page past the end", async () => {
    const admin = await adminCaller();
    for (let index = 0; index <= MAIL_PER_PAGE; index++) await createFailedMail();
    const first = await admin.listMail({ view: "failed" });
    expect(first.messages).toHaveLength(MAIL_PER_PAGE);
    expect(first.pages).toBeGreaterThanOrEqual(2);
    const second = await admin.listMail({ view: "failed", page: 2 });
    const firstIds = new Set(first.messages.map((message) => message.id));
    expect(second.messages.some((message) => firstIds.has(message.id))).toBe(false);
    const past = await admin.listMail({ view: "failed", page: 100_000 });
    expect(past.page).toBe(past.pages);
  });

  it("retries a failed message: it is queued for now, logged, and the next delivery sends it", async () => {
    // A database of its own: a delivery round sends every due message, and other files queue mail.
    const scratch = await createScratchDb();
    try {
      const { db } = scratch;
      const actor = await db.user.create({
        data: { email: `admin-${randomUUID()}@example.org`, name: "Mail admin", platformRole: "ADMIN" },
        select: { id: true, email: true, name: true, platformRole: true },
      });
      const to = `retry-${randomUUID().slice(0, 8)}@example.org`;
      const failed = await db.mailDelivery.create({
        data: {
          idempotencyKey: `test:failed:${randomUUID()}`,
          to,
          subject: "Your registration is confirmed",
          text: "Your private link: http://app.test/en/registration/secret",
          status: "FAILED",
          attempts: 8,
          lastError: "connect ECONNREFUSED 127.0.0.1:25",
        },
      });
      const retried = await createCaller({ db, user: actor }).admin.retryMail({ id: failed.id });
      expect(retried).toMatchObject({ id: failed.id, status: "QUEUED", attempts: 8 });
      expect(retried.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
      const audit = await db.auditLog.findFirst({ where: { actorId: actor.id, action: "mail.retry" } });
      expect(audit).toMatchObject({ targetType: "mail", targetId: failed.id, details: { email: to } });

      const mailer = createSmtpMailer({
        smtpUrl: smtp.url,
        from: "no-reply@test.localhost",
        appUrl: "http://app.test",
      });
      await deliverDueMail(db, mailer);
      expect((await smtp.nextMessageTo(to)).subject).toBe("Your registration is confirmed");
      expect(await db.mailDelivery.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({
        status: "SENT",
      });
    } finally {
      await scratch.drop();
    }
  }, 60_000);

  it("refuses to retry mail that was sent, and says so; an unknown message is not found", async () => {
    const admin = await adminCaller();
    const failed = await createFailedMail();
    await testDb().mailDelivery.update({
      where: { id: failed.id },
      data: { status: "SENT", sentAt: new Date() },
    });
    const refused = await errorOf(admin.retryMail({ id: failed.id }));
    expect([refused.code, refused.message]).toEqual(["CONFLICT", "mailNotRetryable"]);
    expect(await testDb().mailDelivery.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({
      status: "SENT",
    });
    expect((await errorOf(admin.retryMail({ id: "cnotamessage000000000000" }))).code).toBe("NOT_FOUND");
  });
});
