// Every mutation of the router, whoever wrote it, receives generated junk through the real HTTP
// handler, as an editor and as an administrator. Whatever comes in, the answer is never a 5xx, and
// a refused call changes no row anywhere. Runs on a database of its own, so "anywhere" is exact.
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import fc from "fast-check";
import pg from "pg";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOutboxMailer } from "~/server/mail/mailer";
import { roomyAuthLimits } from "../support/factories";
import { appRouter } from "~/server/api/root";
import type { TSessionUser } from "~/server/auth/session";
import type { TDb } from "~/server/db-client";
import { createScratchDb, type TScratchDb } from "../support/scratch-db";

const RUNS_PER_ACTOR = 500;
const ACTORS = ["editor", "admin"] as const;
const MIN_INPUTS_PER_PROCEDURE = 1000;

type TProcedure = { _def: { type: string; inputs: unknown[] } };
const mutations = Object.entries(
  (appRouter._def as unknown as { procedures: Record<string, TProcedure> }).procedures,
)
  .filter(([, procedure]) => procedure._def.type === "mutation")
  .sort(([a], [b]) => a.localeCompare(b));

let scratch: TScratchDb;
let cast: Awaited<ReturnType<typeof createFuzzCast>>;
// Read after every call: a bare pg client costs a fraction of a Prisma query.
let counters: pg.Client;

beforeAll(async () => {
  scratch = await createScratchDb();
  await installChangeCounters(scratch.db);
  cast = await createFuzzCast(scratch.db);
  counters = new pg.Client({ connectionString: scratch.url });
  await counters.connect();
}, 120_000);

const counts = new Map<string, { inputs: number; accepted: number; byStatus: Map<number, number> }>();

afterAll(async () => {
  const lines = [...counts].map(([path, count]) => {
    const statuses = [...count.byStatus]
      .sort(([a], [b]) => a - b)
      .map(([status, n]) => `${status}×${n}`)
      .join(" ");
    return `  ${path.padEnd(28)} ${String(count.inputs).padStart(5)} inputs, ${count.accepted} accepted (${statuses})`;
  });
  console.log(`Fuzzed ${counts.size} mutations through the HTTP handler:\n${lines.join("\n")}`);
  await counters?.end();
  await scratch?.drop();
});

describe("fuzzing every mutation", () => {
  it("finds mutations to fuzz, and sees every row a write changes", async () => {
    expect(mutations.length).toBeGreaterThan(0);
    const before = await fingerprint();
    await scratch.db
      .$transaction(async (tx) => {
        await tx.rcp.updateMany({ data: { name: "Rolled back" } });
        throw new Error("roll back");
      })
      .catch(() => {});
    // Writing the values a row already has is no change.
    await scratch.db.$executeRaw`UPDATE "User" SET locale = locale`;
    expect(await fingerprint()).toBe(before);
    await scratch.db.user.updateMany({ where: { email: "viewer@fuzz.example" }, data: { locale: "fr" } });
    const after = await fingerprint();
    expect(after).not.toBe(before);
    await scratch.db.user.updateMany({ where: { email: "viewer@fuzz.example" }, data: { locale: "en" } });
  });

  it.each(mutations)(
    "%s: no 5xx and no change from a refused call",
    async (path, procedure) => {
      const count = { inputs: 0, accepted: 0, byStatus: new Map<number, number>() };
      counts.set(path, count);
      let last = await fingerprint();
      for (const actor of ACTORS) {
        await fc.assert(
          fc.asyncProperty(bodyArbitrary(inputShape(procedure)), async (body) => {
            const response = await post(path, cast.users[actor], body);
            await response.arrayBuffer();
            count.inputs += 1;
            count.byStatus.set(response.status, (count.byStatus.get(response.status) ?? 0) + 1);
            expect(response.status, `${path} as ${actor} answered ${response.status}`).toBeLessThan(500);
            const now = await fingerprint();
            if (response.status >= 400) {
              expect(now, `${path} as ${actor} refused the call but changed rows`).toBe(last);
              last = now;
              return;
            }
            // An accepted call may legitimately change the cast (disable the editor, demote the
            // administrator): put the cast back so the next inputs meet the same rights.
            count.accepted += 1;
            await cast.restore();
            last = await fingerprint();
          }),
          { numRuns: RUNS_PER_ACTOR },
        );
      }
      expect(count.inputs).toBeGreaterThanOrEqual(MIN_INPUTS_PER_PROCEDURE);
    },
    180_000,
  );
});

function post(path: string, user: TSessionUser, body: string) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(`http://localhost/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    }),
    router: appRouter,
    // Mail goes to the scratch database's outbox: accepted calls may send some.
    createContext: () => ({
      db: scratch.db,
      user,
      mailer: createOutboxMailer({ db: scratch.db, appUrl: "http://localhost" }),
      limits: roomyAuthLimits(),
    }),
    // A 5xx fails the test with its input; the server's own log line would only repeat it.
    onError: () => {},
  });
}

/** The fields of the procedure's input objects, so junk also arrives under the expected names. */
function inputShape(procedure: TProcedure): Record<string, unknown> {
  const shapes = procedure._def.inputs.map((parser) => (parser as { shape?: unknown } | null)?.shape);
  return Object.assign({}, ...shapes.filter((shape) => shape && typeof shape === "object")) as Record<
    string,
    unknown
  >;
}

type TZodDef = {
  type?: string;
  innerType?: unknown;
  in?: unknown;
  options?: unknown[];
  entries?: Record<string, unknown>;
  values?: unknown[];
  shape?: Record<string, unknown>;
  element?: unknown;
};

/**
 * Values of the kind a zod schema expects (its enum members, numbers, ids, addresses), read from the
 * schema itself so that any procedure's input gets them. They pass validation often enough to reach
 * the database, where the real refusals happen.
 */
function expectedValue(schema: unknown, depth = 0): fc.Arbitrary<unknown> {
  const def = (schema as { _zod?: { def?: TZodDef } } | undefined)?._zod?.def;
  if (!def || depth > 4) return scalar();
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "catch":
    case "readonly":
    case "nonoptional":
      return expectedValue(def.innerType, depth + 1);
    case "pipe":
      return expectedValue(def.in, depth + 1);
    case "union":
      return fc.oneof(...(def.options ?? []).map((option) => expectedValue(option, depth + 1)));
    case "enum":
      return fc.constantFrom(...Object.values(def.entries ?? { junk: "junk" }));
    case "literal":
      return fc.constantFrom(...(def.values ?? [null]));
    case "number":
    case "int":
      return fc.oneof(fc.integer({ min: 1800, max: 2100 }), fc.integer({ min: -5, max: 300 }));
    case "string":
      return fc.oneof(
        fc.constantFrom(...cast.ids),
        fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,3}$/),
        fc.string({ maxLength: 30 }),
        fc.constantFrom("", "2026-01-31", "user.disable", "fuzz"),
      );
    case "boolean":
      return fc.boolean();
    case "date":
      return fc.date();
    case "object":
      return fc.record(
        Object.fromEntries(
          Object.entries(def.shape ?? {}).map(([key, field]) => [key, expectedValue(field, depth + 1)]),
        ),
        { requiredKeys: [] },
      );
    case "array":
      return fc.array(expectedValue(def.element, depth + 1), { maxLength: 3 });
    default:
      return scalar();
  }
}

// ——— Inputs ———

const HUGE = ["x".repeat(100_000), "é".repeat(50_000), "🦄".repeat(20_000)];
const NASTY_STRINGS = [
  "",
  " ",
  "\u0000",
  "abc\u0000def",
  "\uD800",
  "\uDFFF\uD800",
  '\'; DROP TABLE "User"; --',
  "%",
  "_%_",
  "\\",
  "null",
  "undefined",
  "__proto__",
  "constructor",
  "NaN",
  "2026-02-30",
  "0000-00-00",
  "a\nb",
  "\u202Eevil",
  "ADMIN",
  "USER",
  "EDITOR",
  "VIEWER",
  "AFRICA",
  "FIXED",
  "user.disable",
];

/** Any one value: real ids of this tenant and others, hostile strings, numbers of every kind. */
function scalar(): fc.Arbitrary<unknown> {
  const text = fc.oneof(
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.constantFrom(...NASTY_STRINGS),
    fc.constantFrom(...HUGE),
  );
  return fc.oneof(
    fc.constantFrom(...cast.ids),
    text,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.date({ noInvalidDate: false }),
    fc.bigInt(),
  );
}

function bodyArbitrary(shape: Record<string, unknown>): fc.Arbitrary<string> {
  const keys = Object.keys(shape);
  const junk = fc.anything({
    maxDepth: 4,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withBoxedValues: true,
    stringUnit: "binary",
  });
  const value = fc.oneof({ weight: 6, arbitrary: scalar() }, { weight: 1, arbitrary: junk });
  const nested: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
    node: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      scalar(),
      fc.array(tie("node"), { maxLength: 4 }),
      fc.dictionary(fc.string({ maxLength: 8 }), tie("node"), { maxKeys: 4 }),
    ),
  })).node;
  const withKeys = keys.length
    ? fc.record(Object.fromEntries(keys.map((key) => [key, value])), { requiredKeys: [] })
    : fc.constant({});
  // Right keys with mostly the expected kind of value: these reach the database.
  const plausible = keys.length
    ? fc.record(
        Object.fromEntries(
          Object.entries(shape).map(([key, field]) => [
            key,
            fc.oneof({ weight: 5, arbitrary: expectedValue(field) }, { weight: 1, arbitrary: scalar() }),
          ]),
        ),
        { requiredKeys: keys },
      )
    : fc.constant(undefined);
  const withExtra = fc
    .tuple(withKeys, fc.dictionary(fc.string({ maxLength: 10 }), value, { maxKeys: 3 }))
    .map(([known, extra]) => ({ ...extra, ...known }));
  const input = fc.oneof(
    { weight: 3, arbitrary: plausible },
    { weight: 2, arbitrary: withKeys },
    { weight: 1, arbitrary: withExtra },
    { weight: 1, arbitrary: nested },
    { weight: 1, arbitrary: junk },
  );
  const serialized = input.map((item) => {
    try {
      return JSON.stringify(superjson.serialize(item));
    } catch {
      // superjson refuses some shapes (a "__proto__" key); send them as plain JSON instead.
      const plain = (_key: string, value: unknown) => (typeof value === "bigint" ? value.toString() : value);
      return JSON.stringify(item, plain) ?? "null";
    }
  });
  // Bodies that are not tRPC's at all: broken JSON, JSON with junk type annotations.
  const raw = fc.oneof(
    fc.string({ unit: "binary", maxLength: 60 }),
    fc.json().map((json) => `{"json":${json},"meta":{"values":${json}}}`),
  );
  return fc.oneof({ weight: 9, arbitrary: serialized }, { weight: 1, arbitrary: raw });
}

// ——— The cast and the fingerprint ———

async function createFuzzCast(db: TDb) {
  const rcp = (slug: string) =>
    db.rcp.create({
      data: {
        slug,
        name: `Fuzz ${slug}`,
        shortName: slug,
        yearEstablished: 2000,
        region: "AFRICA",
        description: { en: "" },
        secretariatKind: "FIXED",
      },
      select: { id: true, slug: true },
    });
  const [own, other] = [await rcp("fuzz-own"), await rcp("fuzz-other")];
  const user = (
    email: string,
    platformRole: "USER" | "ADMIN",
    staff: { rcpId: string; role: "EDITOR" | "VIEWER" }[],
  ) =>
    db.user.create({
      data: { email, platformRole, rcpRoles: { create: staff } },
      select: { id: true, email: true, name: true, platformRole: true },
    });
  const users = {
    editor: await user("editor@fuzz.example", "USER", [{ rcpId: own.id, role: "EDITOR" }]),
    admin: await user("admin@fuzz.example", "ADMIN", []),
    otherAdmin: await user("other-admin@fuzz.example", "ADMIN", []),
    otherEditor: await user("other-editor@fuzz.example", "USER", [{ rcpId: other.id, role: "EDITOR" }]),
    viewer: await user("viewer@fuzz.example", "USER", [{ rcpId: own.id, role: "VIEWER" }]),
  };
  const initial = await db.user.findMany({
    select: { id: true, platformRole: true, rcpRoles: { select: { rcpId: true, role: true } } },
  });
  return {
    users,
    // Real ids of this tenant and of others, and their addresses: inputs that look valid.
    ids: [
      ...Object.values(users).map((u) => u.id),
      own.id,
      other.id,
      own.slug,
      other.slug,
      "cnotanid00000000000000000",
    ],
    /** The cast's rights as they were at the start. */
    restore: async () => {
      await db.$transaction([
        ...initial.map((u) =>
          db.user.update({ where: { id: u.id }, data: { platformRole: u.platformRole, disabledAt: null } }),
        ),
        db.rcpStaff.deleteMany({ where: { userId: { in: initial.map((u) => u.id) } } }),
        db.rcpStaff.createMany({
          data: initial.flatMap((u) => u.rcpRoles.map((staff) => ({ userId: u.id, ...staff }))),
        }),
      ]);
    },
  };
}

/**
 * Counts, per table, every row inserted, changed or deleted from now on (cascades included; a
 * rolled-back transaction counts nothing). Reading the counts after each call is cheap enough to
 * do after every one of thousands of calls.
 */
async function installChangeCounters(db: TDb) {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
    ORDER BY table_name`;
  expect(tables.map((table) => table.name)).toEqual(
    expect.arrayContaining(["User", "Rcp", "RcpStaff", "AuditLog"]),
  );
  await db.$executeRawUnsafe(`CREATE TABLE fuzz_changes (t text PRIMARY KEY, n bigint NOT NULL)`);
  await db.$executeRawUnsafe(`
    CREATE FUNCTION fuzz_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO fuzz_changes VALUES (TG_TABLE_NAME, 1) ON CONFLICT (t) DO UPDATE SET n = fuzz_changes.n + 1;
      RETURN NULL;
    END $$`);
  for (const { name } of tables) {
    await db.$executeRawUnsafe(
      `CREATE TRIGGER fuzz_insert_delete AFTER INSERT OR DELETE ON "${name}" FOR EACH ROW EXECUTE FUNCTION fuzz_count_change()`,
    );
    await db.$executeRawUnsafe(
      `CREATE TRIGGER fuzz_update AFTER UPDATE ON "${name}" FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION fuzz_count_change()`,
    );
  }
}

async function fingerprint(): Promise<string> {
  const result = await counters.query<{ changes: string }>(
    `SELECT coalesce(string_agg(t || ':' || n, ' ' ORDER BY t), '') AS changes FROM fuzz_changes`,
  );
  return result.rows[0]!.changes;
}
