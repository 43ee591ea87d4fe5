import { describe, expect, it } from "vitest";
import { VISIBILITIES } from "~/domain/activity/vocabulary";
import type { TAccess } from "~/server/user/access";
import {
  canActForHost,
  canSeeFollowUp,
  canSeeRecommendation,
  canWriteRecommendation,
  isFollowUpWithin,
  recommendationAudience,
  statusColumnFor,
  statusColumnsReached,
} from "./policy";

const access = (
  rcpRoles: Record<string, "EDITOR" | "VIEWER">,
  platformRole: "USER" | "ADMIN" = "USER",
): TAccess => ({
  userId: "u",
  platformRole,
  rcpRoles,
});
const READERS = {
  anonymous: null,
  otherViewer: access({ other: "VIEWER" }),
  otherEditor: access({ other: "EDITOR" }),
  hostViewer: access({ host: "VIEWER" }),
  hostEditor: access({ host: "EDITOR" }),
  coHostEditor: access({ cohost: "EDITOR" }),
  admin: access({}, "ADMIN"),
};
const hostRcpIds = ["host", "cohost"];

describe("recommendation policy", () => {
  it("takes the narrower of document and activity", () => {
    expect(recommendationAudience("PUBLIC", { visibility: "HOSTS", hostRcpIds }).visibility).toBe("HOSTS");
    expect(recommendationAudience("ALL_SECRETARIATS", { visibility: "PUBLIC", hostRcpIds }).visibility).toBe(
      "ALL_SECRETARIATS",
    );
  });

  it.each(Object.entries(READERS))("%s sees exactly the tiers it may", (name, reader) => {
    const seen = VISIBILITIES.filter((visibility) =>
      canSeeRecommendation(reader, { visibility, hostRcpIds }),
    );
    const expected = {
      anonymous: ["PUBLIC"],
      otherViewer: ["PUBLIC", "ALL_SECRETARIATS"],
      otherEditor: ["PUBLIC", "ALL_SECRETARIATS"],
    }[name] ?? ["PUBLIC", "ALL_SECRETARIATS", "HOSTS"];
    expect(seen).toEqual(expected);
  });

  it("narrows a follow-up entry by its own tier", () => {
    const audience = { visibility: "PUBLIC" as const, hostRcpIds };
    expect(canSeeFollowUp(null, audience, "ALL_SECRETARIATS")).toBe(false);
    expect(canSeeFollowUp(READERS.otherViewer, audience, "HOSTS")).toBe(false);
    expect(canSeeFollowUp(READERS.hostViewer, audience, "HOSTS")).toBe(true);
  });

  it("lets host editors and administrators write, and act only for a host they edit", () => {
    const audience = { visibility: "PUBLIC" as const, hostRcpIds };
    const writers = Object.entries(READERS).filter(
      ([, reader]) => reader && canWriteRecommendation(reader, audience),
    );
    expect(writers.map(([name]) => name)).toEqual(["hostEditor", "coHostEditor", "admin"]);
    expect(canActForHost(READERS.hostEditor, audience, "host")).toBe(true);
    expect(canActForHost(READERS.hostEditor, audience, "cohost")).toBe(false);
    expect(canActForHost(READERS.admin, audience, "cohost")).toBe(true);
    expect(canActForHost(READERS.otherEditor, audience, "other")).toBe(false);
  });

  it("never lets a follow-up be wider than its recommendation", () => {
    expect(isFollowUpWithin("PUBLIC", "HOSTS")).toBe(false);
    expect(isFollowUpWithin("HOSTS", "PUBLIC")).toBe(true);
    expect(isFollowUpWithin("ALL_SECRETARIATS", "ALL_SECRETARIATS")).toBe(true);
  });

  it("gives each reader the status of the entries they may read", () => {
    expect(statusColumnFor(null, hostRcpIds)).toBe("statusPublic");
    expect(statusColumnFor(READERS.otherViewer, hostRcpIds)).toBe("statusSecretariats");
    expect(statusColumnFor(READERS.coHostEditor, hostRcpIds)).toBe("statusHosts");
    expect(statusColumnFor(READERS.admin, hostRcpIds)).toBe("statusHosts");
    expect(statusColumnsReached("ALL_SECRETARIATS")).toEqual(["statusHosts", "statusSecretariats"]);
  });
});
