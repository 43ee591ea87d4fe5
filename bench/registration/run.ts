// `npm run bench:registration`: registrations per second through the app's HTTP API at 50
// concurrent clients on one activity with capacity and quotas, then a check in the database that
// nothing was overbooked, nobody registered twice and the line kept arrival order; and the
// participant list of a 2,000-person activity for a host editor at 50 clients, against the same
// SQL run directly. It reports; it is not a test.
import { execFileSync } from "node:child_process";
import os from "node:os";
import pg from "pg";
import { ensureBuild, ROOT, startApp } from "../app-server";
import { BenchError, Cleanup } from "../cleanup";
import { percentile, sample, type TSample } from "../measure";
import { signInAsStaff } from "../session";
import { replay } from "../activities/sql";
import {
  createOpenWorkshop,
  GUEST,
  HOSTS,
  mutationBody,
  NO_ANSWERS,
  queryUrl,
  rcpIds,
  seedParticipants,
  type TSeatPlan,
} from "./cases";
import { postLoad, type TLoadResult } from "./load";
import {
  formatRegistrationReport,
  writeRegistrationReport,
  type TListResult,
  type TParticipantsCase,
  type TRegisterResult,
} from "./report";
import { captureParticipantStatements } from "./sql";
import { verifySeats } from "./verify";

const CLIENTS = 50;
/** Ports of this bench's app, apart from the other benches'. */
const PORTS = [3500, 3599] as const;
const PLAN: TSeatPlan = { capacity: 500, quotas: { [HOSTS[0]]: 150, [HOSTS[1]]: 150 } };
/** Half as many again as there are seats, so that the load fills the activity and lines people up. */
const ON_BEHALF = { total: 750, durationS: 60 };
const PARTICIPANTS = 2000;
const LIST_PLAN = { warmUpS: 1, rounds: 3, roundS: 2 };
const NOMINATORS = [...HOSTS, GUEST];

async function main() {
  await ensureBuild();
  const cleanup = new Cleanup();
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void cleanup.run().then(() => process.exit(130)));
  }
  try {
    console.log("Starting the app on a throw-away embedded PostgreSQL…");
    const app = await startApp(cleanup, PORTS);
    const client = new pg.Client({ connectionString: app.databaseUrl });
    await client.connect();
    cleanup.add(() => client.end());
    const ids = await rcpIds(client);
    console.log(`Signing in ${NOMINATORS.length} editors and ${CLIENTS} staff who register themselves…`);
    const editors = await inBatches(NOMINATORS, 3, (slug) =>
      signInAsStaff(app.origin, app.databaseUrl, {
        rcpSlug: slug,
        role: "EDITOR",
        name: `Bench editor ${slug}`,
      }),
    );
    const staff = await inBatches(
      Array.from({ length: CLIENTS }, (_, index) => NOMINATORS[index % NOMINATORS.length] ?? GUEST),
      5,
      (slug, index) =>
        signInAsStaff(app.origin, app.databaseUrl, {
          rcpSlug: slug,
          role: "VIEWER",
          name: `Bench staff ${index}`,
        }),
    );
    const loadBefore = os.loadavg()[0] ?? 0;

    const workshop = await createOpenWorkshop(client, ids, PLAN, "register");
    const selfPath = "/api/trpc/registration.register";
    const self = await postLoad(
      app.origin,
      CLIENTS,
      (index) => {
        const slug = NOMINATORS[index % NOMINATORS.length] ?? GUEST;
        return {
          path: selfPath,
          cookie: staff[index] ?? "",
          body: mutationBody({ activityId: workshop.id, rcpId: ids[slug], answers: NO_ANSWERS }),
        };
      },
      { total: CLIENTS },
    );
    const behalfPath = "/api/trpc/registration.registerOnBehalf";
    console.log(`Registering ${ON_BEHALF.total} people on behalf at ${CLIENTS} clients…`);
    const behalf = await postLoad(
      app.origin,
      CLIENTS,
      (index) => {
        const slug = NOMINATORS[index % NOMINATORS.length] ?? GUEST;
        return {
          path: behalfPath,
          cookie: editors[index % editors.length] ?? "",
          body: mutationBody({
            activityId: workshop.id,
            rcpId: ids[slug],
            person: {
              name: `Focal point ${index}`,
              email: `focal-point-${index}@bench.rcp-exchange.localhost`,
              countryCode: "TH",
              locale: "en",
            },
            answers: { ...NO_ANSWERS, role: "Focal point" },
          }),
        };
      },
      ON_BEHALF,
    );
    const verdict = await verifySeats(client, workshop.id, PLAN, ids);
    const register = [summariseLoad(selfPath, self), summariseLoad(behalfPath, behalf)];
    for (const one of register)
      console.log(`${one.route}: ${one.perS.toFixed(0)}/s, p95 ${one.p95Ms.toFixed(1)} ms`);

    console.log(`Seeding ${PARTICIPANTS} participants and timing their list…`);
    const listed = await createOpenWorkshop(
      client,
      ids,
      { capacity: 1500, quotas: { [HOSTS[0]]: 300, [HOSTS[1]]: 300 } },
      "participants",
    );
    const editorId = await userIdNamed(client, `Bench editor ${HOSTS[0]}`);
    const nominatorIds = NOMINATORS.map((slug) => ids[slug] ?? "");
    await seedParticipants(client, listed.id, nominatorIds, editorId, PARTICIPANTS, 1500);
    await client.query(`ANALYZE "Registration"`);
    const middle = await client.query<{ arrival: string }>(
      `SELECT arrival::text AS arrival FROM "Registration" WHERE "activityId" = $1 ORDER BY "Registration".arrival OFFSET $2 LIMIT 1`,
      [listed.id, PARTICIPANTS / 2],
    );
    const cases: TParticipantsCase[] = [
      { key: "first page", input: { activityId: listed.id } },
      {
        key: "confirmed of one RCP",
        input: { activityId: listed.id, status: "CONFIRMED", rcpId: ids[HOSTS[1]] },
      },
      { key: "page 1,000 deep", input: { activityId: listed.id, after: middle.rows[0]?.arrival ?? "0" } },
    ];
    const lists: TListResult[] = [];
    for (const benchCase of cases) {
      lists.push(await measureList(app, editors[0] ?? "", editorId, benchCase));
      const last = lists.at(-1);
      if (last)
        console.log(
          `${last.key}: route p95 ${last.route.p95Ms.toFixed(1)} ms, SQL p95 ${last.sql.p95Ms.toFixed(1)} ms`,
        );
    }

    const report = {
      startedAt: new Date().toISOString(),
      commit: execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim(),
      machine: {
        node: process.version,
        cpus: os.cpus().length,
        loadAverage: [loadBefore, os.loadavg()[0] ?? 0] as [number, number],
      },
      plan: PLAN,
      register,
      verdict,
      participants: PARTICIPANTS,
      lists,
    };
    console.log(formatRegistrationReport(report));
    console.log(`Figures written to ${await writeRegistrationReport(report, ROOT)}.`);
  } finally {
    await cleanup.run();
  }
}

function summariseLoad(route: string, load: TLoadResult): TRegisterResult {
  const sorted = Float64Array.from(load.latencies).sort();
  return {
    route,
    clients: CLIENTS,
    requests: sorted.length,
    durationS: load.durationS,
    perS: load.durationS > 0 ? sorted.length / load.durationS : 0,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    statuses: load.statuses,
    refusals: load.refusals,
    errors: load.errors,
  };
}

async function measureList(
  app: { origin: string; databaseUrl: string },
  cookie: string,
  editorId: string,
  benchCase: TParticipantsCase,
): Promise<TListResult> {
  const url = queryUrl(app.origin, "registration.participants", benchCase.input);
  const statements = await captureParticipantStatements(app.databaseUrl, editorId, benchCase);
  await sample(url, CLIENTS, LIST_PLAN.warmUpS, { cookie });
  const routeSamples: TSample[] = [];
  const sqlLatencies: number[] = [];
  for (let round = 0; round < LIST_PLAN.rounds; round++) {
    routeSamples.push(await sample(url, CLIENTS, LIST_PLAN.roundS, { cookie }));
    sqlLatencies.push(...(await replay(app.databaseUrl, statements, CLIENTS, LIST_PLAN.roundS)));
  }
  const route = Float64Array.from(routeSamples.flatMap((one) => one.latencies)).sort();
  const sql = Float64Array.from(sqlLatencies).sort();
  return {
    key: benchCase.key,
    route: {
      requests: route.length,
      p50Ms: percentile(route, 50),
      p95Ms: percentile(route, 95),
      failed: routeSamples.reduce((sum, one) => sum + one.non2xx + one.errors + one.timeouts, 0),
    },
    sql: {
      statements: statements.length,
      requests: sql.length,
      p50Ms: percentile(sql, 50),
      p95Ms: percentile(sql, 95),
    },
  };
}

/** `work` over `items`, `size` at a time (sign-ins hash passwords: all at once would be slow). */
async function inBatches<T, R>(
  items: readonly T[],
  size: number,
  work: (item: T, index: number) => Promise<R>,
) {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    const batch = items.slice(start, start + size);
    results.push(...(await Promise.all(batch.map((item, offset) => work(item, start + offset)))));
  }
  return results;
}

async function userIdNamed(client: pg.Client, name: string): Promise<string> {
  const { rows } = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE name = $1 LIMIT 1`, [
    name,
  ]);
  if (!rows[0]) throw new BenchError(`No user named ${name}: did signing in fail?`);
  return rows[0].id;
}

main().catch((error: unknown) => {
  console.error(error instanceof BenchError ? error.message : error);
  process.exit(1);
});
