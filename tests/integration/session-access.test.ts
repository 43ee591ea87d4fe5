import { describe, expect, it } from "vitest";
import { createCaller } from "~/server/api/root";
import type { TDb } from "~/server/db-client";
import { loadAccess } from "~/server/user/access";
import { testDb } from "../support/db";
import { createRcp, createUser } from "../support/factories";

/** The test database, counting the queries it is sent. */
function countingDb() {
  const counter = { queries: 0 };
  const db = testDb().$extends({
    query: {
      $allOperations: ({ args, query }) => {
        counter.queries++;
        return query(args);
      },
    },
  }) as unknown as TDb;
  return { db, counter };
}

describe("access read with the session", () => {
  it("a procedure uses the access the request's session already read, without reading it again", async () => {
    const rcp = await createRcp();
    const user = await createUser({ staff: [{ rcpId: rcp.id, role: "EDITOR" }] });
    const access = await loadAccess(testDb(), user.id);
    const { db, counter } = countingDb();
    const me = await createCaller({ db, user, access: access ?? undefined }).user.me();
    expect(me.rcpRoles).toHaveLength(1);
    expect(counter.queries).toBe(1);
  });

  it("access read for someone else is ignored: the caller's own is read", async () => {
    const admin = await createUser({ platformRole: "ADMIN" });
    const user = await createUser();
    const adminAccess = await loadAccess(testDb(), admin.id);
    const { db, counter } = countingDb();
    const caller = createCaller({ db, user, access: adminAccess ?? undefined });
    await expect(caller.admin.listUsers({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(counter.queries).toBe(1);
  });
});
