// Every procedure of the router × every kind of caller. A procedure added without a row here
// fails the suite, so no procedure ships without a decided answer for each actor.
import { beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "~/server/api/root";
import { testDb } from "../support/db";
import { ACTORS, callerFor, createCast, type TActor } from "../support/factories";
import { changed, saveChange } from "../support/profiles";

type TCast = Awaited<ReturnType<typeof createCast>>;
type TOutcome = "ok" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND";
/** `input` may prepare the scene (it runs before the fingerprint is taken). */
type TRow = {
  input: (cast: TCast) => unknown;
  expected: Record<TActor, TOutcome>;
  isMutation?: boolean;
};

const everyone = (outcome: TOutcome): Record<TActor, TOutcome> =>
  Object.fromEntries(ACTORS.map((actor) => [actor, outcome])) as Record<TActor, TOutcome>;

/** The RCP's own staff read; outsiders learn nothing (NOT_FOUND). */
const staffRead: Record<TActor, TOutcome> = {
  anonymous: "UNAUTHORIZED",
  outsider: "NOT_FOUND",
  viewer: "ok",
  editor: "ok",
  admin: "ok",
};
const editorsOnly: Record<TActor, TOutcome> = { ...staffRead, viewer: "FORBIDDEN" };
let editCount = 0;

export const authorizationTable: Record<string, TRow> = {
  "rcp.list": { input: () => undefined, expected: everyone("ok") },
  "rcp.listThemes": { input: () => undefined, expected: everyone("ok") },
  "rcp.get": { input: (cast) => ({ slug: cast.rcp.slug }), expected: everyone("ok") },
  "rcp.getOverlap": { input: () => undefined, expected: everyone("ok") },
  "rcp.listPeers": { input: (cast) => ({ slug: cast.rcp.slug }), expected: everyone("ok") },
  "rcp.listMatrixRows": { input: () => undefined, expected: everyone("ok") },
  "country.list": { input: () => undefined, expected: everyone("ok") },
  "country.get": { input: () => ({ code: "TH" }), expected: everyone("ok") },
  "rcp.getEditable": { input: (cast) => ({ rcpId: cast.rcp.id }), expected: staffRead },
  "rcp.listRevisions": { input: (cast) => ({ rcpId: cast.rcp.id }), expected: staffRead },
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

/** What a denied call must leave untouched: the cast's RCP, its staff, revisions and the audit log. */
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
    db.invitation.count({ where: { OR: [{ rcpId: { in: rcpIds } }, { invitedById: { in: userIds } }] } }),
  ]);
  return { rcps, users, staff, revisions, audit, invitations };
}
