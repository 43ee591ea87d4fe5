import { describe, expect, it } from "vitest";
import type { TAccess } from "~/server/user/access";
import { canEditProfile, canInvite, isAdmin, rcpRoleOf } from "./policy";

const actors: Record<string, TAccess> = {
  admin: { userId: "a", platformRole: "ADMIN", rcpRoles: {} },
  editor: { userId: "e", platformRole: "USER", rcpRoles: { bali: "EDITOR" } },
  viewer: { userId: "v", platformRole: "USER", rcpRoles: { bali: "VIEWER" } },
  otherEditor: { userId: "o", platformRole: "USER", rcpRoles: { midsa: "EDITOR" } },
  twoRcps: { userId: "t", platformRole: "USER", rcpRoles: { bali: "VIEWER", midsa: "EDITOR" } },
  nobody: { userId: "n", platformRole: "USER", rcpRoles: {} },
};

// Every actor against every rule, for the RCP "bali": the whole table is the specification.
const expected = {
  //            role       edit   invite editor to bali, invite admin, administrator
  admin: ["EDITOR", true, true, true, true],
  editor: ["EDITOR", true, true, false, false],
  viewer: ["VIEWER", false, false, false, false],
  otherEditor: [null, false, false, false, false],
  twoRcps: ["VIEWER", false, false, false, false],
  nobody: [null, false, false, false, false],
} as const;

describe("RCP policy", () => {
  it.each(Object.entries(expected))("%s", (name, [role, edit, invite, inviteAdmin, admin]) => {
    const access = actors[name]!;
    expect(rcpRoleOf(access, "bali")).toBe(role);
    expect(canEditProfile(access, "bali")).toBe(edit);
    expect(canInvite(access, { rcpId: "bali", isPlatformAdmin: false })).toBe(invite);
    expect(canInvite(access, { rcpId: null, isPlatformAdmin: true })).toBe(inviteAdmin);
    expect(isAdmin(access)).toBe(admin);
  });

  it("an editor of several RCPs edits only those", () => {
    expect(canEditProfile(actors.twoRcps!, "midsa")).toBe(true);
    expect(canEditProfile(actors.twoRcps!, "bali")).toBe(false);
  });

  it("names no role for an id that is a property every object inherits", () => {
    for (const id of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
      expect(rcpRoleOf(actors.editor!, id)).toBeNull();
      expect(canEditProfile(actors.editor!, id)).toBe(false);
    }
  });
});
