import { describe, expect, it } from "vitest";
import { loadAccess } from "~/server/user/access";
import { endAllSessions } from "~/server/user/sessions";
import { testDb } from "../support/db";
import { callerFor, createRcp, createUser } from "../support/factories";

describe("sessions", () => {
  it("user.me returns the caller's own account and secretariats, nothing else", async () => {
    const rcp = await createRcp();
    const user = await createUser({ staff: [{ rcpId: rcp.id, role: "VIEWER" }] });
    const me = await callerFor(user).user.me();
    expect(me).toEqual({
      id: user.id,
      email: user.email,
      name: user.name,
      platformRole: "USER",
      rcpRoles: [
        {
          role: "VIEWER",
          // The names it goes by in French and Spanish, none for this one.
          rcp: { id: rcp.id, slug: rcp.slug, shortName: expect.any(String) as string, localizedNames: null },
        },
      ],
    });
    expect(me).not.toHaveProperty("passwordHash");
  });

  it("ending all sessions bumps the version that every token must carry", async () => {
    const user = await createUser();
    const before = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
    await endAllSessions(testDb(), user.id);
    const after = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
  });

  it("a disabled user has no access, whatever their token says", async () => {
    const user = await createUser({ platformRole: "ADMIN" });
    await testDb().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await loadAccess(testDb(), user.id)).toBeNull();
    await expect(callerFor(user).user.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
