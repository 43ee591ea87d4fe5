import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { loadAccess } from "~/server/user/access";
import { testDb } from "../support/db";
import { callerFor, createRcp, createUser } from "../support/factories";

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError)
      return `${error.code}${error.message === error.code ? "" : ` ${error.message}`}`;
    throw error;
  }
  return "ok";
}

const sessionVersion = async (userId: string) =>
  (await testDb().user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } }))
    .sessionVersion;

describe("admin.listUsers", () => {
  it("searches by email or name, case-insensitively, and never returns secrets", async () => {
    const admin = await createUser({ platformRole: "ADMIN" });
    const target = await createUser({ passwordHash: "argon2-hash-that-must-stay-on-the-server" });
    const byEmail = await callerFor(admin).admin.listUsers({ q: target.email.toUpperCase() });
    expect(byEmail.items.map((user) => user.id)).toEqual([target.id]);
    expect(byEmail.total).toBe(1);
    // "Test user user-1a2b3c4d": only the name holds "Test user", and the eight random
    // characters single the target out among every user the other test files create.
    const namePart = target.name!.replace("@example.org", "").toUpperCase();
    const byName = await callerFor(admin).admin.listUsers({ q: namePart });
    expect(byName.items.map((user) => user.id)).toEqual([target.id]);
    expect(JSON.stringify(byEmail)).not.toMatch(/passwordHash|argon2|sessionVersion/);
  });

  it("filters by RCP, RCP role, platform role and status", async () => {
    const admin = await createUser({ platformRole: "ADMIN" });
    const rcp = await createRcp();
    const editor = await createUser({ staff: [{ rcpId: rcp.id, role: "EDITOR" }] });
    const viewer = await createUser({ staff: [{ rcpId: rcp.id, role: "VIEWER" }] });
    await testDb().user.update({ where: { id: viewer.id }, data: { disabledAt: new Date() } });
    const list = (filters: object) =>
      callerFor(admin)
        .admin.listUsers({ rcpId: rcp.id, ...filters })
        .then((page) => page.items.map((user) => user.id).sort());

    expect(await list({})).toEqual([editor.id, viewer.id].sort());
    expect(await list({ rcpRole: "EDITOR" })).toEqual([editor.id]);
    expect(await list({ status: "disabled" })).toEqual([viewer.id]);
    expect(await list({ status: "active" })).toEqual([editor.id]);
    expect(await list({ platformRole: "ADMIN" })).toEqual([]);
    // A form's empty choices mean "any".
    expect(await list({ q: "  ", rcpRole: "", status: "", platformRole: "" })).toHaveLength(2);

    const admins = await callerFor(admin).admin.listUsers({ platformRole: "ADMIN", q: admin.email });
    expect(admins.items.map((user) => user.id)).toEqual([admin.id]);
  });

  it("pages through the results in email order", async () => {
    const admin = await createUser({ platformRole: "ADMIN" });
    const rcp = await createRcp();
    const users = await Promise.all(
      Array.from({ length: 5 }, () => createUser({ staff: [{ rcpId: rcp.id, role: "VIEWER" }] })),
    );
    const page = (number: number) =>
      callerFor(admin).admin.listUsers({ rcpId: rcp.id, page: number, pageSize: 2 });
    const pages = await Promise.all([page(1), page(2), page(3), page(4)]);
    expect(pages.map((result) => result.items.length)).toEqual([2, 2, 1, 0]);
    expect(pages[0].total).toBe(5);
    expect(pages.flatMap((result) => result.items.map((user) => user.email))).toEqual(
      users.map((user) => user.email).sort(),
    );
  });

  it("lists each user's RCP roles with the RCP's names", async () => {
    const admin = await createUser({ platformRole: "ADMIN" });
    const rcp = await createRcp({ shortName: "Listed RCP" });
    const user = await createUser({ staff: [{ rcpId: rcp.id, role: "EDITOR" }] });
    const [listed] = (await callerFor(admin).admin.listUsers({ q: user.email })).items;
    expect(listed?.rcpRoles).toEqual([
      { role: "EDITOR", rcp: { id: rcp.id, slug: rcp.slug, shortName: "Listed RCP", archivedAt: null } },
    ]);
  });
});

describe("admin.disableUser and admin.enableUser", () => {
  it("disabling ends the user's sessions and rights at once; enabling restores the account", async () => {
    const admin = await createUser({ platformRole: "ADMIN" });
    const rcp = await createRcp();
    const user = await createUser({ staff: [{ rcpId: rcp.id, role: "EDITOR" }] });
    const before = await sessionVersion(user.id);
    expect(await loadAccess(testDb(), user.id)).not.toBeNull();

    const disabled = await callerFor(admin).admin.disableUser({ userId: user.id });
    expect(disabled.disabledAt).toBeInstanceOf(Date);
    expect(await sessionVersion(user.id)).toBe(before + 1);
    expect(await loadAccess(testDb(), user.id)).toBeNull();
    // The disabled user's next request is refused.
    expect(await codeOf(callerFor(user).admin.listRcps())).toBe("UNAUTHORIZED");

    const enabled = await callerFor(admin).admin.enableUser({ userId: user.id });
    expect(enabled.disabledAt).toBeNull();
    expect((await loadAccess(testDb(), user.id))?.rcpRoles).toEqual({ [rcp.id]: "EDITOR" });
    // Old sessions stay void: signing in again gives a session of the current version.
    expect(await sessionVersion(user.id)).toBe(before + 1);
  });

  it("an administrator cannot disable themself", async () => {
    const admin = await createUser({ platformRole: "ADMIN" });
    expect(await codeOf(callerFor(admin).admin.disableUser({ userId: admin.id }))).toBe(
      "FORBIDDEN cannotDisableSelf",
    );
    expect(await loadAccess(testDb(), admin.id)).not.toBeNull();
    expect(await sessionVersion(admin.id)).toBe(0);
  });

  it("disabling twice changes nothing the second time; unknown users are NOT_FOUND", async () => {
    const admin = await createUser({ platformRole: "ADMIN" });
    const user = await createUser();
    await callerFor(admin).admin.disableUser({ userId: user.id });
    await callerFor(admin).admin.disableUser({ userId: user.id });
    expect(await sessionVersion(user.id)).toBe(1);
    expect(await testDb().auditLog.count({ where: { targetId: user.id } })).toBe(1);
    expect(await codeOf(callerFor(admin).admin.disableUser({ userId: "cnosuchuser000000000000000" }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(callerFor(admin).admin.enableUser({ userId: "cnosuchuser000000000000000" }))).toBe(
      "NOT_FOUND",
    );
  });
});

describe("admin.setPlatformRole", () => {
  it("promotes and demotes, ending the user's sessions each time", async () => {
    const admin = await createUser({ platformRole: "ADMIN" });
    const user = await createUser();
    const promoted = await callerFor(admin).admin.setPlatformRole({ userId: user.id, role: "ADMIN" });
    expect(promoted.platformRole).toBe("ADMIN");
    expect((await loadAccess(testDb(), user.id))?.platformRole).toBe("ADMIN");
    expect(await sessionVersion(user.id)).toBe(1);

    await callerFor(admin).admin.setPlatformRole({ userId: user.id, role: "USER" });
    expect((await loadAccess(testDb(), user.id))?.platformRole).toBe("USER");
    expect(await sessionVersion(user.id)).toBe(2);
    // Setting the role the user already has changes nothing.
    await callerFor(admin).admin.setPlatformRole({ userId: user.id, role: "USER" });
    expect(await sessionVersion(user.id)).toBe(2);
  });

  it("refuses unknown users and roles", async () => {
    const admin = await createUser({ platformRole: "ADMIN" });
    const user = await createUser();
    expect(
      await codeOf(
        callerFor(admin).admin.setPlatformRole({ userId: "cnosuchuser000000000000000", role: "ADMIN" }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await codeOf(callerFor(admin).admin.setPlatformRole({ userId: user.id, role: "ROOT" as "ADMIN" })),
    ).toMatch(/^BAD_REQUEST/);
  });
});

describe("admin.setRcpRole and admin.removeRcpRole", () => {
  it("adds, changes and removes a role in an RCP, ending the user's sessions each time", async () => {
    const admin = await createUser({ platformRole: "ADMIN" });
    const [rcp, other] = await Promise.all([createRcp(), createRcp()]);
    const user = await createUser({ staff: [{ rcpId: other.id, role: "EDITOR" }] });

    await callerFor(admin).admin.setRcpRole({ userId: user.id, rcpId: rcp.id, role: "VIEWER" });
    expect((await loadAccess(testDb(), user.id))?.rcpRoles).toEqual({
      [rcp.id]: "VIEWER",
      [other.id]: "EDITOR",
    });
    expect(await sessionVersion(user.id)).toBe(1);

    const changed = await callerFor(admin).admin.setRcpRole({
      userId: user.id,
      rcpId: rcp.id,
      role: "EDITOR",
    });
    expect(changed.rcpRoles.map((staff) => [staff.rcp.id, staff.role]).sort()).toEqual(
      [
        [rcp.id, "EDITOR"],
        [other.id, "EDITOR"],
      ].sort(),
    );
    expect(await sessionVersion(user.id)).toBe(2);

    await callerFor(admin).admin.removeRcpRole({ userId: user.id, rcpId: rcp.id });
    expect((await loadAccess(testDb(), user.id))?.rcpRoles).toEqual({ [other.id]: "EDITOR" });
    expect(await sessionVersion(user.id)).toBe(3);
  });

  it("refuses unknown users, RCPs and roles the user does not have", async () => {
    const admin = await createUser({ platformRole: "ADMIN" });
    const rcp = await createRcp();
    const user = await createUser();
    const missing = "cnosuchthing00000000000000";
    const caller = callerFor(admin).admin;
    expect(await codeOf(caller.setRcpRole({ userId: missing, rcpId: rcp.id, role: "EDITOR" }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(caller.setRcpRole({ userId: user.id, rcpId: missing, role: "EDITOR" }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(caller.removeRcpRole({ userId: user.id, rcpId: rcp.id }))).toBe("NOT_FOUND");
    expect(await testDb().rcpStaff.count({ where: { userId: user.id } })).toBe(0);
    expect(await sessionVersion(user.id)).toBe(0);
  });
});
