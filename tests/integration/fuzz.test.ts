// Every procedure of the router, whoever wrote it, receives inputs generated from its own zod
// schema through the real /api/trpc route (origin check, context, session cookie), as each kind
// of user: valid ones first, most of which an authorised caller must get accepted, then the same
// with hostile changes. Whatever comes in, the answer is never a 5xx, and a refused call changes
// no row anywhere. Runs on a seeded database of its own, so "anywhere" is exact.
// FUZZ_RUNS (default 120: about 15,000 calls) sets the valid inputs per procedure; FUZZ_SEED replays a run.
// First: the route's modules need Next's server environment, as under `next start`.
import { callRoute } from "../support/next-route";
import { randomBytes } from "node:crypto";
import fc from "fast-check";
import pg from "pg";
import superjson from "superjson";
import { afterAll, describe, expect, it } from "vitest";
import { seedAll } from "../../prisma/seed/run";
import { mutate, mutation } from "../support/fuzz-mutations";
import { fuzzHints, hintAt, resolveLive, type THint } from "../support/fuzz-hints";
import { ACTORS, createFuzzWorld, type TActor } from "../support/fuzz-world";
import { createScratchDb } from "../support/scratch-db";
import { sessionCookie } from "../support/session-cookie";
import { zodArbitrary } from "../support/zod-arbitrary";
import { installChangeCounters, readChanges } from "../support/change-counters";

const RUNS = Number(process.env.FUZZ_RUNS ?? 120);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
/** Share of valid inputs an authorised caller must get accepted, per mutation. */
const MIN_ACCEPTED_SHARE = 0.1;

const ORIGIN = "http://localhost:3000";

// The route reads its database and secret from the environment when first imported: a database of
// this file's own, seeded, so every row the calls may change is visible to the counters.
const scratch = await createScratchDb();
await seedAll(scratch.url);
await installChangeCounters(scratch.db);
const world = await createFuzzWorld(scratch.db);
const secret = randomBytes(32).toString("base64url");
Object.assign(process.env, {
  DATABASE_URL: scratch.url,
  NEXTAUTH_SECRET: secret,
  NEXTAUTH_URL: ORIGIN,
  DEV_OUTBOX: "true",
});
delete process.env.SMTP_URL;
const route = await import("~/app/api/trpc/[trpc]/route");
const { appRouter } = await import("~/server/api/root");
const hints = fuzzHints(world);

type TProcedure = { _def: { type: "query" | "mutation" | "subscription"; inputs: unknown[] } };
const procedures = Object.entries(
  (appRouter._def as unknown as { procedures: Record<string, TProcedure> }).procedures,
).sort(([a], [b]) => a.localeCompare(b));

const counters = new pg.Client({ connectionString: scratch.url });
await counters.connect();
const fingerprint = () => readChanges(counters);

type TStats = {
  valid: number;
  validAccepted: number;
  inputs: number;
  accepted: number;
  byStatus: Map<number, number>;
};
const stats = new Map<string, TStats>();
const statsOf = (path: string, actor: TActor) => {
  const key = `${path}\u0000${actor}`;
  if (!stats.has(key))
    stats.set(key, { valid: 0, validAccepted: 0, inputs: 0, accepted: 0, byStatus: new Map() });
  return stats.get(key)!;
};
const failures: string[] = [];

afterAll(async () => {
  console.log(report());
  if (failures.length > 0) console.log(`Failures:\n${failures.join("\n")}`);
  await counters.end();
  const { db } = await import("~/server/db");
  await db.$disconnect();
  await scratch.drop();
});

describe(`fuzzing every procedure through /api/trpc (seed ${SEED}, FUZZ_RUNS=${RUNS})`, () => {
  it("has a fixture hint for every procedure, and none for a procedure that is gone", () => {
    const names = procedures.map(([path]) => path);
    const missing = names.filter((path) => !hints[path]);
    expect(missing, `add a fixture hint to tests/support/fuzz-hints.ts for: ${missing.join(", ")}`).toEqual(
      [],
    );
    expect(Object.keys(hints).filter((path) => !names.includes(path))).toEqual([]);
  });

  it("sees every row a write changes, and nothing for a rolled-back one", async () => {
    const before = await fingerprint();
    await scratch.db
      .$transaction(async (tx) => {
        await tx.rcp.updateMany({ data: { name: "Rolled back" } });
        throw new Error("roll back");
      })
      .catch(() => {});
    await scratch.db.$executeRaw`UPDATE "User" SET locale = locale`;
    expect(await fingerprint()).toBe(before);
    await scratch.db.user.update({ where: { id: world.users.viewer.id }, data: { locale: "fr" } });
    expect(await fingerprint()).not.toBe(before);
    await scratch.db.user.update({ where: { id: world.users.viewer.id }, data: { locale: "en" } });
  });

  it("reads the session from the cookie, as the app does", async () => {
    const me = async (actor: TActor) => (await send("user.me", "query", actor, undefined)).status;
    expect(await me("anonymous")).toBe(401);
    expect(await me("viewer")).toBe(200);
    // A token of an older session version counts as signed out.
    await scratch.db.user.update({
      where: { id: world.users.viewer.id },
      data: { sessionVersion: { increment: 1 } },
    });
    expect(await me("viewer")).toBe(401);
    await world.restore();
  });

  it("refuses a cross-site POST before it reaches a procedure", async () => {
    const response = await callRoute(
      route.POST,
      new Request(`${ORIGIN}/api/trpc/admin.disableUser`, {
        method: "POST",
        headers: { ...(await headersFor("admin")), origin: "https://evil.example" },
        body: encode({ userId: world.targetUsers[1]!.id }),
      }),
    );
    expect(response.status).toBe(403);
  });

  it.each(procedures)(
    "%s",
    async (path, procedure) => {
      const hint = hints[path];
      if (!hint) throw new Error(`${path} has no fixture hint: add one to tests/support/fuzz-hints.ts`);
      const type = procedure._def.type === "mutation" ? "mutation" : "query";
      const valid = validInput(procedure, hint);
      // Inputs mostly as the callers the procedure is for, whose calls reach furthest; sometimes as
      // anyone else, whose calls must be refused and change nothing.
      const validRuns = fc.sample(fc.tuple(valid, actorFor(hint)), { numRuns: RUNS, seed: SEED });
      for (const [input, actor] of validRuns) await check(path, type, actor, await resolveLive(input), true);
      const mutatedRuns = fc.sample(fc.tuple(valid, mutation, actorFor(hint)), {
        numRuns: RUNS * 2,
        seed: SEED + 1,
      });
      for (const [input, change, actor] of mutatedRuns)
        await check(path, type, actor, mutate(await resolveLive(input), change), false);
      const rawRuns = fc.sample(fc.tuple(rawBody, fc.constantFrom(...ACTORS)), {
        numRuns: Math.ceil(RUNS / 3),
        seed: SEED + 2,
      });
      for (const [body, actor] of rawRuns) await check(path, type, actor, undefined, false, body);

      if (type === "mutation") {
        for (const actor of hint.actors) {
          const { valid: sent, validAccepted } = statsOf(path, actor);
          if (sent < 5) continue;
          expect(
            validAccepted / sent,
            `${path} as ${actor} accepted ${validAccepted} of ${sent} valid inputs`,
          ).toBeGreaterThanOrEqual(MIN_ACCEPTED_SHARE);
        }
      }
    },
    120_000,
  );

  it("answered no call with a 5xx, and no refused call changed a row", () => {
    expect(failures).toEqual([]);
  });
});

/** The procedure's inputs merged, from their schemas and the hints. */
function validInput(procedure: TProcedure, hint: THint): fc.Arbitrary<unknown> {
  const parts = procedure._def.inputs.map((schema) =>
    zodArbitrary(schema, (at, derived) => hintAt(hint, at, derived)),
  );
  if (parts.length === 0) return fc.constant(undefined);
  return fc.tuple(...parts).map((values) => Object.assign({}, ...values) as unknown);
}

function actorFor(hint: THint): fc.Arbitrary<TActor> {
  const others = ACTORS.filter((actor) => !hint.actors.includes(actor));
  const allowed = fc.constantFrom(...hint.actors);
  return others.length
    ? fc.oneof({ weight: 3, arbitrary: allowed }, { weight: 1, arbitrary: fc.constantFrom(...others) })
    : allowed;
}

/** Bodies that are not tRPC's at all: broken JSON, JSON with junk type annotations. */
const rawBody = fc.oneof(
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.json().map((json) => `{"json":${json},"meta":{"values":${json}}}`),
  fc.constantFrom(
    '{"json":{"__proto__":{"isAdmin":true}}}',
    '{"json":null,"meta":{"values":["undefined"]}}',
    "[]",
    "{",
  ),
);

async function check(
  path: string,
  type: "query" | "mutation",
  actor: TActor,
  input: unknown,
  isValid: boolean,
  raw?: string,
) {
  const before = await fingerprint();
  const { status, body } = await send(path, type, actor, input, raw);
  const count = statsOf(path, actor);
  count.inputs += 1;
  count.byStatus.set(status, (count.byStatus.get(status) ?? 0) + 1);
  if (isValid) count.valid += 1;
  const shown = `${path} as ${actor}: ${raw ?? truncate(encode(input))}`;
  if (status >= 500) failures.push(`${status} from ${shown} → ${truncate(body)}`);
  const after = await fingerprint();
  if (status >= 400 || type === "query") {
    if (after !== before) failures.push(`${status} from ${shown} changed rows: ${before} → ${after}`);
  }
  if (status >= 400) return;
  count.accepted += 1;
  if (isValid) count.validAccepted += 1;
  if (type === "mutation") await world.restore();
}

async function headersFor(actor: TActor): Promise<Record<string, string>> {
  const user =
    actor === "anonymous"
      ? null
      : await scratch.db.user.findUniqueOrThrow({ where: { id: world.users[actor].id } });
  return {
    "content-type": "application/json",
    host: new URL(ORIGIN).host,
    origin: ORIGIN,
    "x-forwarded-for": "198.51.100.7",
    ...(user ? { cookie: await sessionCookie(user, secret) } : {}),
  };
}

const cookies = new Map<TActor, Record<string, string>>();
async function send(path: string, type: "query" | "mutation", actor: TActor, input: unknown, raw?: string) {
  // Minted once per actor, as a browser keeps its cookie; restore() keeps the session version.
  if (!cookies.has(actor)) cookies.set(actor, await headersFor(actor));
  const headers = cookies.get(actor)!;
  const body = raw ?? encode(input);
  const url = `${ORIGIN}/api/trpc/${path}`;
  const request =
    type === "mutation"
      ? new Request(url, { method: "POST", headers, body })
      : new Request(`${url}?input=${encodeURIComponent(body)}`, { method: "GET", headers });
  return callRoute(type === "mutation" ? route.POST : route.GET, request);
}

function encode(input: unknown): string {
  try {
    return JSON.stringify(superjson.serialize(input));
  } catch {
    // superjson refuses some shapes (a "__proto__" key): send them as the JSON a client could write.
    return JSON.stringify({ json: input }, (_key, value: unknown) =>
      typeof value === "bigint" ? value.toString() : value,
    );
  }
}

function truncate(text: string) {
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} characters)` : text;
}

function report(): string {
  const rows = [...stats].map(([key, s]) => {
    const [path, actor] = key.split("\u0000") as [string, string];
    const refused = [...s.byStatus]
      .filter(([status]) => status >= 400 && status < 500)
      .sort(([a], [b]) => a - b)
      .map(([status, n]) => `${status}×${n}`)
      .join(" ");
    const fivexx = [...s.byStatus].filter(([status]) => status >= 500).reduce((sum, [, n]) => sum + n, 0);
    return [path, actor, s.inputs, `${s.validAccepted}/${s.valid}`, s.accepted, refused, fivexx];
  });
  const header = ["procedure", "actor", "inputs", "valid accepted", "accepted", "refused (status×n)", "5xx"];
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => String(row[i]).length)),
  );
  const line = (cells: unknown[]) => cells.map((cell, i) => String(cell).padEnd(widths[i]!)).join("  ");
  return [`Fuzz through /api/trpc, seed ${SEED}:`, line(header), ...rows.map(line)].join("\n");
}
