// Every procedure of the router × every kind of caller. A procedure added without a row here
// fails the suite, so no procedure ships without a decided answer for each actor.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "~/server/api/root";
import {
  ACTORS,
  callerFor,
  createCast,
  createInvitation,
  createPasswordReset,
  createRcp,
  createUser,
  type TActor,
} from "../support/factories";
import { testDb } from "../support/db";
import { changed, saveChange } from "../support/profiles";

type TCast = Awaited<ReturnType<typeof createCast>> & { targets: Awaited<ReturnType<typeof createTargets>> };
type TOutcome = "ok" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND";
/** `input` may prepare the scene (it runs before the fingerprint is taken). */
type TRow = {
  input: (cast: TCast) => unknown;
  expected: Record<TActor, TOutcome>;
  isMutation?: boolean;
};

const everyone = (outcome: TOutcome): Record<TActor, TOutcome> =>
  Object.fromEntries(ACTORS.map((actor) => [actor, outcome])) as Record<TActor, TOutcome>;
const adminsOnly: Record<TActor, TOutcome> = {
  anonymous: "UNAUTHORIZED",
  outsider: "FORBIDDEN",
  viewer: "FORBIDDEN",
  editor: "FORBIDDEN",
  admin: "ok",
};

/** Members and administrators only; other tenants cannot tell the RCP exists. */
const staffOnly: Record<TActor, TOutcome> = {
  anonymous: "UNAUTHORIZED",
  outsider: "NOT_FOUND",
  viewer: "ok",
  editor: "ok",
  admin: "ok",
};
/** Editors of the RCP and administrators; viewers are refused, other tenants learn nothing. */
const editorsOnly: Record<TActor, TOutcome> = { ...staffOnly, viewer: "FORBIDDEN" };

const openInvitation = (cast: TCast) =>
  createInvitation({ invitedById: cast.users.admin.id, rcpId: cast.rcp.id });
const newEmail = () => `invitee-${randomUUID().slice(0, 8)}@example.org`;

let editCount = 0;

export const authorizationTable: Record<string, TRow> = {
  "rcp.list": { input: () => undefined, expected: everyone("ok") },
  "rcp.listThemes": { input: () => undefined, expected: everyone("ok") },
  "rcp.get": { input: (cast) => ({ slug: cast.rcp.slug }), expected: everyone("ok") },
  "rcp.getOverlap": { input: () => undefined, expected: everyone("ok") },
  "rcp.listPeers": { input: (cast) => ({ slug: cast.rcp.slug }), expected: everyone("ok") },
  "rcp.listMatrixRows": { input: () => undefined, expected: everyone("ok") },
  "rcp.listFoundings": { input: () => undefined, expected: everyone("ok") },
  "country.list": { input: () => undefined, expected: everyone("ok") },
  "country.get": { input: () => ({ code: "TH" }), expected: everyone("ok") },
  "user.me": { input: () => undefined, expected: { ...everyone("ok"), anonymous: "UNAUTHORIZED" } },
  "activity.list": { input: () => undefined, expected: everyone("ok") },
  "rcp.listStaff": { input: (cast) => ({ slug: cast.rcp.slug }), expected: staffOnly },
  "invitation.create": {
    input: (cast) => ({ email: newEmail(), locale: "en", rcp: { rcpId: cast.rcp.id, role: "VIEWER" } }),
    expected: editorsOnly,
    isMutation: true,
  },
  "invitation.listPending": { input: (cast) => ({ rcpId: cast.rcp.id }), expected: editorsOnly },
  "invitation.resend": {
    input: async (cast) => ({ id: (await openInvitation(cast)).id }),
    expected: editorsOnly,
    isMutation: true,
  },
  "invitation.revoke": {
    input: async (cast) => ({ id: (await openInvitation(cast)).id }),
    expected: editorsOnly,
    isMutation: true,
  },
  // The link is the credential: whoever holds it may read and accept it, signed in or not.
  "invitation.get": {
    input: async (cast) => ({ token: (await openInvitation(cast)).token }),
    expected: everyone("ok"),
  },
  "invitation.accept": {
    input: async (cast) => ({
      token: (await openInvitation(cast)).token,
      name: "Invited Colleague",
      password: "lanterns over a quiet harbour",
      locale: "en",
    }),
    expected: everyone("ok"),
  },
  "auth.requestPasswordReset": {
    input: (cast) => ({ email: cast.users.viewer.email }),
    expected: everyone("ok"),
  },
  "auth.resetPassword": {
    input: async () => {
      const { token } = await createPasswordReset((await createUser()).id);
      return { token, password: "lanterns over a quiet harbour" };
    },
    expected: everyone("ok"),
  },
  "admin.listUsers": { input: () => ({ q: "example.org" }), expected: adminsOnly },
  "admin.disableUser": {
    input: ({ targets }) => ({ userId: targets.toDisable.id }),
    expected: adminsOnly,
    isMutation: true,
  },
  "admin.enableUser": {
    input: ({ targets }) => ({ userId: targets.toEnable.id }),
    expected: adminsOnly,
    isMutation: true,
  },
  "admin.setPlatformRole": {
    input: ({ targets }) => ({ userId: targets.toPromote.id, role: "ADMIN" }),
    expected: adminsOnly,
    isMutation: true,
  },
  "admin.setRcpRole": {
    // Into the cast's own RCP: its editor must not be able to hand out roles there either.
    input: ({ rcp, targets }) => ({ userId: targets.toGiveRole.id, rcpId: rcp.id, role: "EDITOR" }),
    expected: adminsOnly,
    isMutation: true,
  },
  "admin.removeRcpRole": {
    input: ({ rcp, targets }) => ({ userId: targets.toRemoveRole.id, rcpId: rcp.id }),
    expected: adminsOnly,
    isMutation: true,
  },
  "admin.listInvitations": { input: () => ({ page: 1 }), expected: adminsOnly },
  // Only administrators, and only where mail is kept in the database (the test callers' mailer).
  "admin.listOutbox": {
    input: () => ({ page: 1 }),
    expected: { ...everyone("NOT_FOUND"), anonymous: "UNAUTHORIZED", admin: "ok" },
  },
  "admin.listRcps": { input: () => undefined, expected: adminsOnly },
  "admin.createRcp": {
    input: ({ targets }) => ({
      slug: targets.newSlug,
      name: "Matrix Consultative Process",
      shortName: "Matrix RCP",
      yearEstablished: 2010,
      region: "THEMATIC",
      secretariatKind: "NONE",
    }),
    expected: adminsOnly,
    isMutation: true,
  },
  "admin.archiveRcp": {
    input: ({ targets }) => ({ rcpId: targets.toArchive.id }),
    expected: adminsOnly,
    isMutation: true,
  },
  "admin.unarchiveRcp": {
    input: ({ targets }) => ({ rcpId: targets.toUnarchive.id }),
    expected: adminsOnly,
    isMutation: true,
  },
  "admin.listAuditLog": { input: (cast) => ({ rcpId: cast.rcp.id }), expected: adminsOnly },
  "admin.listAuditActions": { input: () => undefined, expected: adminsOnly },
  "rcp.getEditable": { input: (cast) => ({ rcpId: cast.rcp.id }), expected: staffOnly },
  "rcp.listRevisions": { input: (cast) => ({ rcpId: cast.rcp.id }), expected: staffOnly },
  // Current version and valid data: a refusal can only come from who is asking.
  "rcp.update": {
    input: (cast) =>
      changed(cast.rcp.id, (data) => {
        data.shortName = `Matrix edit ${++editCount}`;
      }),
    expected: editorsOnly,
    isMutation: true,
  },
  "rcp.restoreRevision": {
    input: async (cast) => {
      const admin = cast.users.admin;
      const saved = await saveChange(cast.rcp.id, admin.id, (data) => {
        data.acronym = `M${++editCount}`;
      });
      return { rcpId: cast.rcp.id, version: saved.version, revisionVersion: saved.version - 1 };
    },
    expected: editorsOnly,
    isMutation: true,
  },
};

/** Accounts and RCPs the administrators' mutations act on, apart from the cast so the cast keeps its rights. */
async function createTargets(rcpId: string) {
  const [toArchive, toUnarchive] = await Promise.all([createRcp(), createRcp()]);
  await testDb().rcp.update({ where: { id: toUnarchive.id }, data: { archivedAt: new Date() } });
  const [toDisable, toEnable, toPromote, toGiveRole, toRemoveRole] = await Promise.all([
    createUser(),
    createUser(),
    createUser(),
    createUser(),
    createUser({ staff: [{ rcpId, role: "VIEWER" }] }),
  ]);
  await testDb().user.update({ where: { id: toEnable.id }, data: { disabledAt: new Date() } });
  return {
    toArchive,
    toUnarchive,
    toDisable,
    toEnable,
    toPromote,
    toGiveRole,
    toRemoveRole,
    newSlug: `matrix-${toArchive.slug}`,
  };
}

let cast: TCast;
beforeAll(async () => {
  const base = await createCast();
  cast = { ...base, targets: await createTargets(base.rcp.id) };
});

const procedures = Object.keys((appRouter._def as { procedures: Record<string, unknown> }).procedures);

describe("authorization matrix", () => {
  it("has a row for every procedure of the router", () => {
    expect(procedures.sort()).toEqual(Object.keys(authorizationTable).sort());
  });

  describe.each(Object.entries(authorizationTable))("%s", (path, row) => {
    it.each(ACTORS)("as %s", async (actor) => {
      const input: unknown = await row.input(cast);
      const before = row.isMutation ? await fingerprint() : null;
      const outcome = await call(path, actor, input);
      expect(outcome).toBe(row.expected[actor]);
      if (before && outcome !== "ok") expect(await fingerprint()).toEqual(before);
    });
  });
});

async function call(path: string, actor: TActor, input: unknown): Promise<string> {
  const caller = callerFor(cast.users[actor]) as unknown as Record<
    string,
    Record<string, (input: unknown) => Promise<unknown>>
  >;
  const [namespace, name] = path.split(".") as [string, string];
  try {
    await caller[namespace]![name]!(input);
    return "ok";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

/**
 * What a denied call must leave untouched: the cast's and the targets' RCPs and accounts, their
 * staff, revisions and invitations, the audit log and any RCP a denied call might have created.
 */
async function fingerprint() {
  const db = testDb();
  // Scoped to the cast: other test files write to the same database at the same time.
  const { targets } = cast;
  const targetUsers = [
    targets.toDisable,
    targets.toEnable,
    targets.toPromote,
    targets.toGiveRole,
    targets.toRemoveRole,
  ];
  const userIds = [
    ...Object.values(cast.users).flatMap((user) => (user ? [user.id] : [])),
    ...targetUsers.map((user) => user.id),
  ];
  const rcpIds = [cast.rcp.id, cast.otherRcp.id, targets.toArchive.id, targets.toUnarchive.id];
  const [rcps, users, staff, revisions, audit, invitations] = await Promise.all([
    db.rcp.findMany({
      where: { OR: [{ id: { in: rcpIds } }, { slug: targets.newSlug }] },
      orderBy: { id: "asc" },
    }),
    db.user.findMany({ where: { id: { in: userIds } }, orderBy: { id: "asc" } }),
    db.rcpStaff.findMany({
      where: { OR: [{ rcpId: { in: rcpIds } }, { userId: { in: userIds } }] },
      orderBy: [{ rcpId: "asc" }, { userId: "asc" }],
    }),
    db.rcpRevision.count({ where: { rcpId: { in: rcpIds } } }),
    db.auditLog.count({ where: { OR: [{ rcpId: { in: rcpIds } }, { actorId: { in: userIds } }] } }),
    db.invitation.findMany({
      where: { OR: [{ rcpId: { in: rcpIds } }, { invitedById: { in: userIds } }] },
      orderBy: { id: "asc" },
      select: { id: true, tokenHash: true, expiresAt: true, acceptedAt: true, revokedAt: true },
    }),
  ]);
  return { rcps, users, staff, revisions, audit, invitations };
}
