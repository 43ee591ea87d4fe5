// Queued mail: one row per key, in the caller's transaction — a rolled-back change queues nothing.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { queueMail } from "~/server/mail/queue";
import { testDb } from "../support/db";

const message = (key: string) => ({
  idempotencyKey: key,
  to: "focal.point@example.org",
  subject: "Registration confirmed",
  text: "You are registered.",
});

describe("mail queue", () => {
  it("queues a key once, however often it is asked", async () => {
    const db = testDb();
    const key = `test:${randomUUID()}`;
    expect(await queueMail(db, [message(key)])).toBe(1);
    expect(await queueMail(db, [message(key), message(key)])).toBe(0);
    const rows = await db.mailDelivery.findMany({ where: { idempotencyKey: key } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "QUEUED", attempts: 0, sentAt: null });
  });

  it("queues nothing when the change's transaction rolls back", async () => {
    const db = testDb();
    const key = `test:${randomUUID()}`;
    await expect(
      db.$transaction(async (tx) => {
        await queueMail(tx, [message(key)]);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.mailDelivery.count({ where: { idempotencyKey: key } })).toBe(0);
  });
});
