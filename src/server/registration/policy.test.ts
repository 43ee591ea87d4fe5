import { describe, expect, it } from "vitest";
import type { TAccess } from "~/server/user/access";
import {
  canDecide,
  canRegisterFor,
  canResendLink,
  canSeeRegistration,
  canWithdraw,
  decidingHost,
  participantScope,
  type TRegistrationAudience,
} from "./policy";

const access = (rcpRoles: Record<string, "EDITOR" | "VIEWER">, userId = "u-1"): TAccess => ({
  userId,
  platformRole: "USER",
  rcpRoles,
});
const admin: TAccess = { userId: "admin", platformRole: "ADMIN", rcpRoles: {} };

// Bali and Budapest host with a quota each; Colombo is another secretariat.
const joint: TRegistrationAudience = {
  visibility: "PUBLIC",
  hostRcpIds: ["bali", "budapest"],
  quotaRcpIds: ["bali", "budapest"],
};
const baliNominee = { nominatingRcpId: "bali", userId: null };
const colomboNominee = { nominatingRcpId: "colombo", userId: null };

describe("registration policy", () => {
  it("lets a quota host's editors alone decide about its nominees", () => {
    expect(decidingHost(joint, baliNominee)).toBe("bali");
    expect(canDecide(access({ bali: "EDITOR" }), joint, baliNominee)).toBe(true);
    expect(canDecide(access({ budapest: "EDITOR" }), joint, baliNominee)).toBe(false);
    expect(canDecide(access({ bali: "VIEWER" }), joint, baliNominee)).toBe(false);
    expect(canDecide(admin, joint, baliNominee)).toBe(true);
  });

  it("lets any host editor decide about nominees of no quota host", () => {
    expect(decidingHost(joint, colomboNominee)).toBeNull();
    expect(canDecide(access({ budapest: "EDITOR" }), joint, colomboNominee)).toBe(true);
    expect(canDecide(access({ colombo: "EDITOR" }), joint, colomboNominee)).toBe(false);
    const noQuotas = { ...joint, quotaRcpIds: [] };
    expect(canDecide(access({ budapest: "EDITOR" }), noQuotas, baliNominee)).toBe(true);
  });

  it("shows personal data to every host member, the nominating editors and the person only", () => {
    expect(canSeeRegistration(access({ budapest: "VIEWER" }), joint, baliNominee)).toBe(true);
    expect(canSeeRegistration(access({ colombo: "EDITOR" }), joint, colomboNominee)).toBe(true);
    expect(canSeeRegistration(access({ colombo: "VIEWER" }), joint, colomboNominee)).toBe(false);
    expect(canSeeRegistration(access({ colombo: "EDITOR" }), joint, baliNominee)).toBe(false);
    expect(canSeeRegistration(access({}, "person"), joint, { nominatingRcpId: null, userId: "person" })).toBe(
      true,
    );
    expect(
      canSeeRegistration(access({}, "someone"), joint, { nominatingRcpId: null, userId: "person" }),
    ).toBe(false);
  });

  it("lets the person, their nominating editors and the deciding hosts withdraw", () => {
    expect(canWithdraw(access({}, "person"), joint, { nominatingRcpId: "bali", userId: "person" })).toBe(
      true,
    );
    expect(canWithdraw(access({ colombo: "EDITOR" }), joint, colomboNominee)).toBe(true);
    expect(canWithdraw(access({ budapest: "EDITOR" }), joint, baliNominee)).toBe(false);
    expect(canWithdraw(access({ bali: "VIEWER" }), joint, baliNominee)).toBe(false);
  });

  it("lets host editors and the nominating editors send a new link", () => {
    expect(canResendLink(access({ budapest: "EDITOR" }), joint, baliNominee)).toBe(true);
    expect(canResendLink(access({ colombo: "EDITOR" }), joint, colomboNominee)).toBe(true);
    expect(canResendLink(access({ bali: "VIEWER" }), joint, baliNominee)).toBe(false);
  });

  it("lists every participant to hosts, their own nominees to other editors, nothing to others", () => {
    expect(participantScope(access({ bali: "VIEWER" }), joint)).toBe("ALL");
    expect(participantScope(access({ colombo: "EDITOR", puebla: "VIEWER" }), joint)).toEqual(["colombo"]);
    expect(participantScope(access({ colombo: "VIEWER" }), joint)).toBeNull();
    expect(participantScope(admin, joint)).toBe("ALL");
  });

  it("registers staff for their own RCPs only, whatever key the input names", () => {
    expect(canRegisterFor(access({ colombo: "VIEWER" }), "colombo")).toBe(true);
    expect(canRegisterFor(access({ colombo: "VIEWER" }), "bali")).toBe(false);
    expect(canRegisterFor(access({ colombo: "VIEWER" }), null)).toBe(false);
    expect(canRegisterFor(access({ colombo: "VIEWER" }), "constructor")).toBe(false);
    expect(canRegisterFor(access({ colombo: "VIEWER" }), "__proto__")).toBe(false);
    expect(canRegisterFor(admin, null)).toBe(true);
  });
});
