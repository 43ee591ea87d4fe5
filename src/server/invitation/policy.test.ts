import { describe, expect, it } from "vitest";
import type { TAccess } from "~/server/user/access";
import { invitationDecision, manageInvitationDecision } from "./policy";

const actors: Record<string, TAccess> = {
  admin: { userId: "a", platformRole: "ADMIN", rcpRoles: {} },
  editor: { userId: "e", platformRole: "USER", rcpRoles: { bali: "EDITOR" } },
  viewer: { userId: "v", platformRole: "USER", rcpRoles: { bali: "VIEWER" } },
  otherEditor: { userId: "o", platformRole: "USER", rcpRoles: { midsa: "EDITOR" } },
  nobody: { userId: "n", platformRole: "USER", rcpRoles: {} },
};

const toBali = { rcpId: "bali", isPlatformAdmin: false };
const adminOfBali = { rcpId: "bali", isPlatformAdmin: true };
const adminOnly = { rcpId: null, isPlatformAdmin: true };

// actor: [invite to bali, invite admin of bali, invite admin only] then the same for managing.
const expected = {
  admin: [
    ["ALLOWED", "ALLOWED", "ALLOWED"],
    ["ALLOWED", "ALLOWED", "ALLOWED"],
  ],
  editor: [
    ["ALLOWED", "FORBIDDEN", "FORBIDDEN"],
    ["ALLOWED", "FORBIDDEN", "NOT_FOUND"],
  ],
  viewer: [
    ["FORBIDDEN", "FORBIDDEN", "FORBIDDEN"],
    ["FORBIDDEN", "FORBIDDEN", "NOT_FOUND"],
  ],
  otherEditor: [
    ["NOT_FOUND", "NOT_FOUND", "FORBIDDEN"],
    ["NOT_FOUND", "NOT_FOUND", "NOT_FOUND"],
  ],
  nobody: [
    ["NOT_FOUND", "NOT_FOUND", "FORBIDDEN"],
    ["NOT_FOUND", "NOT_FOUND", "NOT_FOUND"],
  ],
} as const;

describe("invitation policy", () => {
  it.each(Object.entries(expected))("%s", (name, [issue, manage]) => {
    const access = actors[name]!;
    expect([toBali, adminOfBali, adminOnly].map((target) => invitationDecision(access, target))).toEqual(
      issue,
    );
    expect(
      [toBali, adminOfBali, adminOnly].map((target) => manageInvitationDecision(access, target)),
    ).toEqual(manage);
  });
});
