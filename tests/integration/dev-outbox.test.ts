// The dev outbox: local runs without SMTP keep their mail in the database, newest first, paged.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createOutboxMailer } from "~/server/mail/mailer";
import { listOutbox, OUTBOX_PAGE_SIZE } from "~/server/mail/outbox";
import { testDb } from "../support/db";
import { callerFor, createRcp, createUser, TEST_APP_URL } from "../support/factories";

describe("dev outbox", () => {
  it("keeps every message sent and lists them newest first, a page at a time", async () => {
    const db = testDb();
    const mailer = createOutboxMailer({ db, appUrl: TEST_APP_URL });
    const before = await listOutbox(db, 1);
    const run = randomUUID().slice(0, 8);
    const sent = OUTBOX_PAGE_SIZE + 3;
    for (let index = 0; index < sent; index++) {
      await mailer.send({
        to: `outbox-${run}-${index}@example.org`,
        subject: `Message ${index} of ${run}`,
        text: `${TEST_APP_URL}/en/reset-password/${run}${index}`,
        html: `<p>${index}</p>`,
      });
    }

    // Other tests may send mail meanwhile: collect this run's messages page by page.
    const first = await listOutbox(db, 1);
    expect(first.total).toBeGreaterThanOrEqual(before.total + sent);
    expect(first.messages.length).toBe(OUTBOX_PAGE_SIZE);
    const ours: string[] = [];
    for (let page = 1; page <= first.pages; page++) {
      const { messages } = await listOutbox(db, page);
      expect(messages.length).toBeLessThanOrEqual(OUTBOX_PAGE_SIZE);
      ours.push(...messages.filter((m) => m.subject.endsWith(` of ${run}`)).map((m) => m.subject));
    }
    expect(ours).toEqual(Array.from({ length: sent }, (_, index) => `Message ${sent - 1 - index} of ${run}`));
    // A page past the end shows the last one rather than nothing.
    expect((await listOutbox(db, 10_000)).page).toBe((await listOutbox(db, 1)).pages);
  });

  it("is read through a procedure, by administrators only and only where mail is kept in the database", async () => {
    const admin = await createUser({ platformRole: "ADMIN" });
    const outbox = await callerFor(admin).admin.listOutbox({ page: 1 });
    expect(outbox.page).toBe(1);
    const smtp = { appUrl: TEST_APP_URL, send: () => Promise.resolve() };
    await expect(callerFor(admin, { mailer: smtp }).admin.listOutbox({ page: 1 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(callerFor(await createUser()).admin.listOutbox({ page: 1 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(callerFor(null).admin.listOutbox({ page: 1 })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });

  it("tells the inviter that an invitation was kept in the outbox, not emailed", async () => {
    const db = testDb();
    const rcp = await createRcp();
    const editor = await createUser({ staff: [{ rcpId: rcp.id, role: "EDITOR" }] });
    const email = `kept-${randomUUID().slice(0, 8)}@example.org`;
    const caller = callerFor(editor, { mailer: createOutboxMailer({ db, appUrl: TEST_APP_URL }) });
    const created = await caller.invitation.create({
      email,
      locale: "en",
      rcp: { rcpId: rcp.id, role: "VIEWER" },
    });
    expect(created).toMatchObject({ isMailSent: true, isKeptInOutbox: true });
    expect(await caller.invitation.resend({ id: created.id })).toEqual({
      isMailSent: true,
      isKeptInOutbox: true,
    });
    expect(await db.outboxMessage.count({ where: { to: email } })).toBe(2);
  });
});
