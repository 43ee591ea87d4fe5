import { describe, expect, it } from "vitest";
import type { TAccess } from "~/server/user/access";
import { canDisableUser, canReadDevOutbox, leavesAnAdmin } from "./policy";

const admin: TAccess = { userId: "a", platformRole: "ADMIN", rcpRoles: {} };
const editor: TAccess = { userId: "e", platformRole: "USER", rcpRoles: { bali: "EDITOR" } };

describe("administration policy", () => {
  it.each([
    ["an administrator disables someone else", admin, "x", true],
    ["an administrator disables themself", admin, "a", false],
    ["an editor disables someone", editor, "x", false],
    ["an editor disables themself", editor, "e", false],
  ] as const)("%s: %s", (_case, access, target, expected) => {
    expect(canDisableUser(access, target)).toBe(expected);
  });

  it.each([
    [["a", "b"], "a", true],
    [["a"], "a", false],
    [["a"], "x", true],
    [[], "x", true],
  ] as const)("active administrators %j without %s still have one: %s", (admins, userId, expected) => {
    expect(leavesAnAdmin(admins, userId)).toBe(expected);
  });

  it.each([
    ["an administrator, outbox on", admin, true, true],
    ["an administrator, mail over SMTP", admin, false, false],
    ["an editor, outbox on", editor, true, false],
    ["a visitor, outbox on", null, true, false],
  ] as const)("dev outbox for %s: %s", (_case, access, enabled, expected) => {
    expect(canReadDevOutbox(access, enabled)).toBe(expected);
  });
});
