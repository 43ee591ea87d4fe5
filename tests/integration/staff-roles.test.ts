// Editors manage their colleagues' roles; the database keeps every RCP with an active editor, even
// when two editors demote or remove each other at the same moment.
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import type { TSessionUser } from "~/server/auth/session";
import { testDb } from "../support/db";
import { callerFor, createRcp, createUser } from "../support/factories";

const as = (user: TSessionUser) => callerFor(user).rcp;

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof TRPCError) return `${error.code} ${error.message}`;
    throw error;
  }
}

async function secretariat(roles: ("EDITOR" | "VIEWER")[]) {
  const rcp = await createRcp();
  const people = await Promise.all(roles.map((role) => createUser({ staff: [{ rcpId: rcp.id, role }] })));
  return { rcp, people };
}

const editorsOf = (rcpId: string) => testDb().rcpStaff.count({ where: { rcpId, role: "EDITOR" } });
const auditOf = (rcpId: string) =>
  testDb().auditLog.findMany({
    where: { rcpId, action: { in: ["user.setRcpRole", "user.removeRcpRole"] } },
    select: { action: true, actorId: true, targetId: true, details: true },
  });

describe("an editor managing the secretariat's staff", () => {
  it("promotes a viewer, demotes and removes colleagues, each change in the audit log", async () => {
    const { rcp, people } = await secretariat(["EDITOR", "VIEWER", "VIEWER"]);
    const [editor, viewer, other] = people as [TSessionUser, TSessionUser, TSessionUser];
    const before = await testDb().user.findUniqueOrThrow({ where: { id: viewer.id } });

    expect(await as(editor).setStaffRole({ rcpId: rcp.id, userId: viewer.id, role: "EDITOR" })).toEqual({
      userId: viewer.id,
      role: "EDITOR",
    });
    // The colleague's open sessions end: they sign in again with their new rights.
    const after = await testDb().user.findUniqueOrThrow({ where: { id: viewer.id } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);

    expect(await outcome(as(viewer).removeStaff({ rcpId: rcp.id, userId: other.id }))).toBe("ok");
    expect(await outcome(as(viewer).setStaffRole({ rcpId: rcp.id, userId: editor.id, role: "VIEWER" }))).toBe(
      "ok",
    );
    expect(await editorsOf(rcp.id)).toBe(1);
    expect(await auditOf(rcp.id)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: "user.setRcpRole",
          actorId: editor.id,
          targetId: viewer.id,
          details: expect.objectContaining({ from: "VIEWER", to: "EDITOR" }) as unknown,
        }),
        expect.objectContaining({ action: "user.removeRcpRole", actorId: viewer.id, targetId: other.id }),
        expect.objectContaining({
          action: "user.setRcpRole",
          actorId: viewer.id,
          targetId: editor.id,
          details: expect.objectContaining({ from: "EDITOR", to: "VIEWER" }) as unknown,
        }),
      ]),
    );
  });

  it("never demotes or removes the last active editor, themself included", async () => {
    const { rcp, people } = await secretariat(["EDITOR", "EDITOR"]);
    const [only, disabled] = people as [TSessionUser, TSessionUser];
    // A disabled editor cannot edit: they do not count.
    await testDb().user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });

    expect(await outcome(as(only).setStaffRole({ rcpId: rcp.id, userId: only.id, role: "VIEWER" }))).toBe(
      "CONFLICT lastEditor",
    );
    expect(await outcome(as(only).removeStaff({ rcpId: rcp.id, userId: only.id }))).toBe(
      "CONFLICT lastEditor",
    );
    expect(await outcome(as(only).removeStaff({ rcpId: rcp.id, userId: disabled.id }))).toBe("ok");
    expect(await editorsOf(rcp.id)).toBe(1);
    expect(await auditOf(rcp.id)).toHaveLength(1);
  });

  it("keeps an editor when two editors demote or remove each other at once", async () => {
    for (const change of ["demote", "remove"] as const) {
      const { rcp, people } = await secretariat(["EDITOR", "EDITOR"]);
      const [first, second] = people as [TSessionUser, TSessionUser];
      const act = (actor: TSessionUser, target: TSessionUser) =>
        change === "demote"
          ? as(actor).setStaffRole({ rcpId: rcp.id, userId: target.id, role: "VIEWER" })
          : as(actor).removeStaff({ rcpId: rcp.id, userId: target.id });
      const outcomes = await Promise.all([
        outcome(act(first, second)),
        outcome(act(second, first)),
        outcome(act(first, first)),
        outcome(act(second, second)),
      ]);
      // Exactly one change happened; the others were refused or found nothing left to do.
      expect(await auditOf(rcp.id), `${change}: ${outcomes.join(", ")}`).toHaveLength(1);
      expect(await editorsOf(rcp.id)).toBe(1);
    }
  });

  it("answers NOT_FOUND for someone outside the secretariat, whatever RCP they belong to", async () => {
    const { rcp, people } = await secretariat(["EDITOR"]);
    const [editor] = people as [TSessionUser];
    const { people: elsewhere } = await secretariat(["VIEWER"]);
    const [stranger] = elsewhere as [TSessionUser];
    expect(await outcome(as(editor).removeStaff({ rcpId: rcp.id, userId: stranger.id }))).toBe(
      "NOT_FOUND NOT_FOUND",
    );
    expect(
      await outcome(as(editor).setStaffRole({ rcpId: rcp.id, userId: stranger.id, role: "EDITOR" })),
    ).toBe("NOT_FOUND NOT_FOUND");
    expect(await testDb().rcpStaff.count({ where: { userId: stranger.id } })).toBe(1);
  });
});
