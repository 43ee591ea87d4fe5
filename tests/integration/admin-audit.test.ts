import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { testDb } from "../support/db";
import { callerFor, createRcp, createUser } from "../support/factories";

const today = () => new Date().toISOString().slice(0, 10);

describe("admin.listAuditLog", () => {
  it("records every administrative write with who, what, which record and which RCP", async () => {
    const admin = await createUser({ platformRole: "ADMIN" });
    const user = await createUser();
    const caller = callerFor(admin).admin;
    const slug = `audit-${randomUUID().slice(0, 8)}`;
    const rcp = await caller.createRcp({
      slug,
      name: "Audited Process",
      shortName: "Audited",
      yearEstablished: 2020,
      region: "AFRICA",
      secretariatKind: "NONE",
    });
    await caller.setRcpRole({ userId: user.id, rcpId: rcp.id, role: "VIEWER" });
    await caller.setRcpRole({ userId: user.id, rcpId: rcp.id, role: "EDITOR" });
    await caller.removeRcpRole({ userId: user.id, rcpId: rcp.id });
    await caller.setPlatformRole({ userId: user.id, role: "ADMIN" });
    await caller.setPlatformRole({ userId: user.id, role: "USER" });
    await caller.disableUser({ userId: user.id });
    await caller.enableUser({ userId: user.id });
    await caller.archiveRcp({ rcpId: rcp.id });
    await caller.unarchiveRcp({ rcpId: rcp.id });

    const { entries, nextCursor } = await caller.listAuditLog({ actor: admin.email });
    expect(nextCursor).toBeNull();
    expect(
      entries.map((entry) => [entry.action, entry.targetId, entry.rcp?.slug ?? null, entry.details]),
    ).toEqual([
      ["rcp.unarchive", rcp.id, slug, { slug, shortName: "Audited" }],
      ["rcp.archive", rcp.id, slug, { slug, shortName: "Audited" }],
      ["user.enable", user.id, null, { email: user.email }],
      ["user.disable", user.id, null, { email: user.email }],
      ["user.setPlatformRole", user.id, null, { email: user.email, from: "ADMIN", to: "USER" }],
      ["user.setPlatformRole", user.id, null, { email: user.email, from: "USER", to: "ADMIN" }],
      ["user.removeRcpRole", user.id, slug, { email: user.email, rcp: "Audited", from: "EDITOR", to: null }],
      ["user.setRcpRole", user.id, slug, { email: user.email, rcp: "Audited", from: "VIEWER", to: "EDITOR" }],
      ["user.setRcpRole", user.id, slug, { email: user.email, rcp: "Audited", from: null, to: "VIEWER" }],
      ["rcp.create", rcp.id, slug, { slug, shortName: "Audited" }],
    ]);
    expect(entries.every((entry) => entry.actor?.id === admin.id)).toBe(true);
  });

  it("filters by actor, action, RCP and days", async () => {
    // The day the entries are written in; the range still holds them if midnight passes meanwhile.
    const firstDay = today();
    const [admin, other] = await Promise.all([
      createUser({ platformRole: "ADMIN" }),
      createUser({ platformRole: "ADMIN" }),
    ]);
    const [rcp, otherRcp] = await Promise.all([createRcp(), createRcp()]);
    const user = await createUser();
    await callerFor(admin).admin.setRcpRole({ userId: user.id, rcpId: rcp.id, role: "VIEWER" });
    await callerFor(admin).admin.setRcpRole({ userId: user.id, rcpId: otherRcp.id, role: "VIEWER" });
    await callerFor(other).admin.archiveRcp({ rcpId: rcp.id });
    const list = (filters: object) =>
      callerFor(admin)
        .admin.listAuditLog(filters)
        .then((page) =>
          page.entries.map((entry) => `${entry.action} ${entry.rcp?.id === rcp.id ? "rcp" : "other"}`),
        );

    expect(await list({ actor: admin.email })).toEqual(["user.setRcpRole other", "user.setRcpRole rcp"]);
    expect(await list({ actor: other.email.toUpperCase() })).toEqual(["rcp.archive rcp"]);
    expect(await list({ rcpId: rcp.id })).toEqual(["rcp.archive rcp", "user.setRcpRole rcp"]);
    expect(await list({ rcpId: rcp.id, action: "rcp.archive" })).toEqual(["rcp.archive rcp"]);
    expect(await list({ rcpId: rcp.id, from: firstDay, to: today() })).toHaveLength(2);
    expect(await list({ rcpId: rcp.id, from: "2000-01-01", to: "2000-12-31" })).toEqual([]);
    expect(await list({ rcpId: rcp.id, to: "2000-12-31" })).toEqual([]);
    const actions = await callerFor(admin).admin.listAuditActions();
    expect(actions).toEqual(expect.arrayContaining(["rcp.archive", "user.setRcpRole"]));
    expect(actions).toEqual([...actions].sort());
  });

  it("refuses a range that ends before it starts", async () => {
    const admin = await createUser({ platformRole: "ADMIN" });
    await expect(
      callerFor(admin).admin.listAuditLog({ from: "2026-02-01", to: "2026-01-31" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("pages with a cursor, newest first, without repeating or skipping entries", async () => {
    const admin = await createUser({ platformRole: "ADMIN" });
    const rcp = await createRcp();
    const users = await Promise.all(Array.from({ length: 7 }, () => createUser()));
    for (const user of users) {
      await callerFor(admin).admin.setRcpRole({ userId: user.id, rcpId: rcp.id, role: "VIEWER" });
    }
    const all = await callerFor(admin).admin.listAuditLog({ rcpId: rcp.id });
    expect(all.entries.map((entry) => entry.targetId)).toEqual(users.map((user) => user.id).reverse());

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await callerFor(admin).admin.listAuditLog({ rcpId: rcp.id, limit: 3, cursor });
      seen.push(...page.entries.map((entry) => entry.id));
      cursor = page.nextCursor ?? undefined;
      // Entries written while paging are newer, so they never push older ones onto the next page twice.
      if (seen.length === 3)
        await testDb().auditLog.create({ data: { action: "test.noise", targetType: "rcp", rcpId: rcp.id } });
    } while (cursor);
    expect(seen).toEqual(all.entries.map((entry) => entry.id));
  });
});
