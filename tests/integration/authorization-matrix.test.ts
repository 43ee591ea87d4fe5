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
  createUser,
  type TActor,
} from "../support/factories";
import { testDb } from "../support/db";

type TCast = Awaited<ReturnType<typeof createCast>>;
type TOutcome = "ok" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND";
type TRow = {
  /** May write fixtures (an invitation to resend, a reset link): they exist before the call is judged. */
  input: (cast: TCast) => unknown;
  expected: Record<TActor, TOutcome>;
  isMutation?: boolean;
};

const everyone = (outcome: TOutcome): Record<TActor, TOutcome> =>
  Object.fromEntries(ACTORS.map((actor) => [actor, outcome])) as Record<TActor, TOutcome>;

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
    input: async (cast) => ({ id: (await openInvitation(cast)).id, locale: "en" }),
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
};

let cast: TCast;
beforeAll(async () => {
  cast = await createCast();
});

const procedures = Object.keys((appRouter._def as { procedures: Record<string, unknown> }).procedures);

describe("authorization matrix", () => {
  it("has a row for every procedure of the router", () => {
    expect(procedures.sort()).toEqual(Object.keys(authorizationTable).sort());
  });

  describe.each(Object.entries(authorizationTable))("%s", (path, row) => {
    it.each(ACTORS)("as %s", async (actor) => {
      const input = await row.input(cast);
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

/** What a denied call must leave untouched: the cast's RCP, staff, revisions, invitations, audit log. */
async function fingerprint() {
  const db = testDb();
  // Scoped to the cast: other test files write to the same database at the same time.
  const userIds = Object.values(cast.users).flatMap((user) => (user ? [user.id] : []));
  const rcpIds = [cast.rcp.id, cast.otherRcp.id];
  const [rcps, users, staff, revisions, audit, invitations] = await Promise.all([
    db.rcp.findMany({ where: { id: { in: rcpIds } }, orderBy: { id: "asc" } }),
    db.user.findMany({ where: { id: { in: userIds } }, orderBy: { id: "asc" } }),
    db.rcpStaff.findMany({
      where: { rcpId: { in: rcpIds } },
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
