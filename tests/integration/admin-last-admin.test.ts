// The platform must keep an active administrator. Counted on a database of its own: the shared
// test database holds the administrators of every other test file.
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createCaller } from "~/server/api/root";
import type { TSessionUser } from "~/server/auth/session";
import { createScratchDb, type TScratchDb } from "../support/scratch-db";

let scratch: TScratchDb;
beforeAll(async () => {
  scratch = await createScratchDb();
});
afterAll(async () => {
  await scratch.drop();
});
beforeEach(async () => {
  await scratch.db.auditLog.deleteMany();
  await scratch.db.user.deleteMany();
});

let count = 0;
async function admin(options: { isDisabled?: boolean } = {}): Promise<TSessionUser> {
  count += 1;
  return scratch.db.user.create({
    data: {
      email: `admin-${count}@example.org`,
      platformRole: "ADMIN",
      disabledAt: options.isDisabled ? new Date() : null,
    },
    select: { id: true, email: true, name: true, platformRole: true },
  });
}

const as = (user: TSessionUser) => createCaller({ db: scratch.db, user }).admin;

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof TRPCError) return `${error.code} ${error.message}`;
    throw error;
  }
}

const activeAdmins = () => scratch.db.user.count({ where: { platformRole: "ADMIN", disabledAt: null } });

describe("the last active administrator", () => {
  it("cannot demote themself", async () => {
    const only = await admin();
    expect(await outcome(as(only).setPlatformRole({ userId: only.id, role: "USER" }))).toBe(
      "CONFLICT lastAdmin",
    );
    expect(await activeAdmins()).toBe(1);
    expect(await scratch.db.auditLog.count()).toBe(0);
  });

  it("may demote themself while another administrator remains, then the other may not", async () => {
    const [first, second] = [await admin(), await admin()];
    expect(await outcome(as(first).setPlatformRole({ userId: first.id, role: "USER" }))).toBe("ok");
    // The demoted account's rights are gone at once.
    expect(await outcome(as(first).setPlatformRole({ userId: second.id, role: "USER" }))).toBe(
      "FORBIDDEN FORBIDDEN",
    );
    expect(await outcome(as(second).setPlatformRole({ userId: second.id, role: "USER" }))).toBe(
      "CONFLICT lastAdmin",
    );
    expect(await activeAdmins()).toBe(1);
  });

  it("disabled administrators do not count", async () => {
    const active = await admin();
    const disabled = await admin({ isDisabled: true });
    expect(await outcome(as(active).setPlatformRole({ userId: active.id, role: "USER" }))).toBe(
      "CONFLICT lastAdmin",
    );
    // Demoting the disabled one is fine: the active one remains.
    expect(await outcome(as(active).setPlatformRole({ userId: disabled.id, role: "USER" }))).toBe("ok");
  });

  it("two administrators demoting each other at the same moment leave one", async () => {
    for (let round = 0; round < 5; round++) {
      await scratch.db.user.deleteMany();
      const [a, b] = [await admin(), await admin()];
      const results = await Promise.all([
        outcome(as(a).setPlatformRole({ userId: b.id, role: "USER" })),
        outcome(as(b).setPlatformRole({ userId: a.id, role: "USER" })),
      ]);
      expect(results.filter((result) => result === "ok")).toHaveLength(1);
      expect(await activeAdmins()).toBe(1);
    }
  });

  it("two administrators disabling each other at the same moment leave one", async () => {
    for (let round = 0; round < 5; round++) {
      await scratch.db.user.deleteMany();
      const [a, b] = [await admin(), await admin()];
      const results = await Promise.all([
        outcome(as(a).disableUser({ userId: b.id })),
        outcome(as(b).disableUser({ userId: a.id })),
      ]);
      expect(results.filter((result) => result === "ok")).toHaveLength(1);
      expect(await activeAdmins()).toBe(1);
    }
  });
});
