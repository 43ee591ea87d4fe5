// The job queue on the test database: a wake-up delivers queued mail within a poll, two app
// instances deliver each message once, and the schedules are registered with pg-boss.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJobRunner, JOBS_SCHEMA, type TJobRunner } from "~/server/jobs/runner";
import { appSchedules, MAIL_DELIVERY, type TSchedule } from "~/server/jobs/schedules";
import { createSmtpMailer, type TMailer } from "~/server/mail/mailer";
import { queueMail } from "~/server/mail/queue";
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
const runners: TJobRunner[] = [];

function startRunner(schedules: readonly TSchedule[] = appSchedules(() => mailer)) {
  const runner = createJobRunner({
    connectionString: scratch.url,
    db: testDb(),
    schedules,
    pollingIntervalSeconds: 0.5,
  });
  runners.push(runner);
  return runner.start().then(() => runner);
}

beforeAll(async () => {
  smtp = await startTestSmtp();
  mailer = createSmtpMailer({
    smtpUrl: smtp.url,
    from: "no-reply@test.localhost",
    appUrl: "http://app.test",
  });
});
afterAll(async () => {
  await Promise.all(runners.map((runner) => runner.stop(2000)));
  await smtp.stop();
});

async function queueTo(recipients: string[]) {
  await queueMail(
    testDb(),
    recipients.map((to) => ({
      idempotencyKey: `test:${randomUUID()}`,
      to,
      subject: "Waitlist",
      text: "Promoted",
    })),
  );
}

describe("job runner", () => {
  it("delivers queued mail as soon as it is woken, not at the next sweep", async () => {
    // The sweep's handler on a yearly clock: only the wake-up can deliver within this test.
    const [sweep] = appSchedules(() => mailer);
    const runner = await startRunner([{ ...sweep!, cron: "0 0 1 1 *" }]);
    const to = `woken.${randomUUID()}@example.org`;
    await queueTo([to]);
    await runner.wake();
    const mail = await smtp.nextMessageTo(to, 10_000);
    expect(mail.subject).toBe("Waitlist");
  });

  it("with two app instances on one database, sends each message once", async () => {
    const second = await startRunner();
    const recipients = Array.from({ length: 12 }, () => `twice.${randomUUID()}@example.org`);
    await queueTo(recipients);
    await Promise.all(runners.map((runner) => runner.wake()));
    await second.wake();
    for (const to of recipients) await smtp.nextMessageTo(to, 10_000);
    // Give a duplicate every chance to arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const to of recipients) expect(smtp.messagesTo(to), to).toHaveLength(1);
  });

  it("on shutdown lets a delivery in progress finish before it stops", async () => {
    // Alone on the queue, so that the delivery is surely this runner's.
    await Promise.all(runners.splice(0).map((runner) => runner.stop(2000)));
    const to = `stopping.${randomUUID()}@example.org`;
    // A slow mail server: the send is still under way when the stop is asked for.
    const slow: TMailer = {
      appUrl: mailer.appUrl,
      send: async (message) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await mailer.send(message);
      },
    };
    const [sweep] = appSchedules(() => slow);
    const runner = createJobRunner({
      connectionString: scratch.url,
      db: testDb(),
      schedules: [{ ...sweep!, cron: "0 0 1 1 *" }],
      pollingIntervalSeconds: 0.5,
    });
    await runner.start();
    await queueTo([to]);
    await runner.wake();
    await expect
      .poll(async () => (await testDb().mailDelivery.findFirst({ where: { to } }))?.status, {
        timeout: 10_000,
      })
      .toBe("SENDING");
    await runner.stop(10_000);
    expect(smtp.messagesTo(to)).toHaveLength(1);
    expect((await testDb().mailDelivery.findFirstOrThrow({ where: { to } })).status).toBe("SENT");
  });

  it("delivers at once the mail a scheduled run queued", async () => {
    await Promise.all(runners.splice(0).map((runner) => runner.stop(2000)));
    const to = `scheduled.${randomUUID()}@example.org`;
    const [sweep] = appSchedules(() => mailer);
    // Due every minute, so pg-boss runs it as soon as it starts; only the wake-up after it can
    // deliver, as the sweep itself is on a yearly clock here.
    const reminders: TSchedule = {
      name: `test-reminders-${randomUUID().slice(0, 8)}`,
      cron: "* * * * *",
      handler: (db) =>
        queueMail(db, [{ idempotencyKey: `test:${to}`, to, subject: "Reminder", text: "Soon" }]),
      isQueueingMail: true,
    };
    const runner = createJobRunner({
      connectionString: scratch.url,
      db: testDb(),
      schedules: [{ ...sweep!, cron: "0 0 1 1 *" }, reminders],
      pollingIntervalSeconds: 0.5,
      cronIntervalSeconds: 1,
    });
    runners.push(runner);
    await runner.start();
    expect((await smtp.nextMessageTo(to, 15_000)).subject).toBe("Reminder");
  });

  it("registers every schedule with pg-boss, the one-minute mail sweep first", async () => {
    await startRunner();
    const schedules = appSchedules(() => mailer);
    expect(schedules[0]).toMatchObject({ name: MAIL_DELIVERY, cron: "* * * * *" });
    const rows = await testDb().$queryRawUnsafe<{ name: string; cron: string }[]>(
      `SELECT name, cron FROM ${JOBS_SCHEMA}.schedule ORDER BY name`,
    );
    expect(rows).toEqual(expect.arrayContaining(schedules.map(({ name, cron }) => ({ name, cron }))));
    expect(rows).toHaveLength(schedules.length);
  });
});
