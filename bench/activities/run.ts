// `npm run bench:activities [-- --activities N --users N --rcps N]`: generates the large dataset
// (100,000 activities by default) in a throw-away database, then times the activity list with
// every filter and the activity page under 50 concurrent clients, through the app's route and as
// the same SQL run directly, and prints both. It reports; it is not a test.
import { execFileSync } from "node:child_process";
import os from "node:os";
import pg from "pg";
import { formatLoadReport, generateLoad, parseLoadSizes } from "../../scripts/lib/load-data";
import { ensureBuild, ROOT, startApp } from "../app-server";
import { BenchError, Cleanup } from "../cleanup";
import { percentile, sample, type TSample } from "../measure";
import { signedInCookie } from "../session";
import { benchCases, caseUrl, type TCase, type TCaseData } from "./cases";
import { formatActivityReport, writeActivityReport, type TCaseResult } from "./report";
import { captureStatements, replay } from "./sql";

const CONNECTIONS = 50;
const PLAN = { warmUpS: 1, rounds: 3, roundS: 2 };

async function main() {
  const sizes = parseLoadSizes(process.argv.slice(2));
  await ensureBuild();
  const cleanup = new Cleanup();
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void cleanup.run().then(() => process.exit(130)));
  }
  try {
    console.log("Starting the app on a throw-away embedded PostgreSQL…");
    const app = await startApp(cleanup);
    const client = new pg.Client({ connectionString: app.databaseUrl });
    await client.connect();
    const load = await generateLoad(client, sizes).finally(() => client.end());
    console.log(formatLoadReport(load));
    const cookie = await signedInCookie(app.origin, app.databaseUrl);
    const { data, editorId } = await findCaseData(app.databaseUrl);
    const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
    const results: TCaseResult[] = [];
    for (const benchCase of benchCases(data)) {
      results.push(await measureCase(benchCase, app, cookie, editorId, today));
      const last = results.at(-1);
      if (last)
        console.log(
          `${benchCase.actor} ${benchCase.key}: route p95 ${last.route.p95Ms.toFixed(1)} ms, SQL p95 ${last.sql.p95Ms.toFixed(1)} ms`,
        );
    }
    const report = {
      startedAt: new Date().toISOString(),
      commit: execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim(),
      machine: { node: process.version, cpus: os.cpus().length, loadAverage: os.loadavg()[0] ?? 0 },
      load,
      connections: CONNECTIONS,
      plan: PLAN,
      results,
    };
    console.log(formatActivityReport(report));
    console.log(`Figures written to ${await writeActivityReport(report, ROOT)}.`);
  } finally {
    await cleanup.run();
  }
}

async function measureCase(
  benchCase: TCase,
  app: { origin: string; databaseUrl: string },
  cookie: string,
  editorId: string,
  today: Date,
): Promise<TCaseResult> {
  const url = caseUrl(app.origin, benchCase);
  const headers: Record<string, string> = benchCase.actor === "editor" ? { cookie } : {};
  const statements = await captureStatements(app.databaseUrl, benchCase, editorId, today);
  await sample(url, CONNECTIONS, PLAN.warmUpS, headers);
  const routeSamples: TSample[] = [];
  const sqlLatencies: number[] = [];
  for (let round = 0; round < PLAN.rounds; round++) {
    routeSamples.push(await sample(url, CONNECTIONS, PLAN.roundS, headers));
    sqlLatencies.push(...(await replay(app.databaseUrl, statements, CONNECTIONS, PLAN.roundS)));
  }
  const route = Float64Array.from(routeSamples.flatMap((one) => one.latencies)).sort();
  const sql = Float64Array.from(sqlLatencies).sort();
  return {
    key: benchCase.key,
    actor: benchCase.actor,
    statements: statements.length,
    route: {
      requests: route.length,
      p50Ms: percentile(route, 50),
      p95Ms: percentile(route, 95),
      failed: routeSamples.reduce((sum, one) => sum + one.non2xx + one.errors + one.timeouts, 0),
    },
    sql: { requests: sql.length, p50Ms: percentile(sql, 50), p95Ms: percentile(sql, 95) },
  };
}

/** A public and a hosts-only activity of the bench editor's process, and a cursor deep in the past. */
async function findCaseData(databaseUrl: string): Promise<{ data: TCaseData; editorId: string }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const one = async (sql: string) => {
      const { rows } = await client.query<Record<string, string | Date>>(sql);
      if (!rows[0]) throw new BenchError(`The generated data lacks what the bench needs (${sql}).`);
      return rows[0];
    };
    const editor = await one(
      `SELECT id FROM "User" WHERE name = 'Bench editor' ORDER BY "createdAt" DESC LIMIT 1`,
    );
    const hostedBy = `EXISTS (SELECT 1 FROM "ActivityRcp" h JOIN "Rcp" r ON r.id = h."rcpId"
      WHERE h."activityId" = a.id AND h.status = 'ACCEPTED' AND r.slug = 'budapest-process')`;
    const publicSlug = await one(
      `SELECT slug FROM "Activity" a WHERE id LIKE 'load-%' AND visibility = 'PUBLIC' AND ${hostedBy} LIMIT 1`,
    );
    const hostsOnly = await one(
      `SELECT slug FROM "Activity" a WHERE id LIKE 'load-%' AND visibility = 'HOSTS' AND ${hostedBy} LIMIT 1`,
    );
    // Two thousand rows deep, or half-way through a smaller set.
    const past = `FROM "Activity" WHERE visibility = 'PUBLIC' AND "startDate" < now()`;
    const depth = Math.min(2000, Math.floor(Number((await one(`SELECT count(*) AS n ${past}`)).n) / 2));
    const deep = await one(
      `SELECT "startDate", id ${past} ORDER BY "startDate" DESC, id DESC OFFSET ${depth} LIMIT 1`,
    );
    const startDate = deep.startDate instanceof Date ? deep.startDate : new Date(String(deep.startDate));
    return {
      editorId: String(editor.id),
      data: {
        publicSlug: String(publicSlug.slug),
        hostsOnlySlug: String(hostsOnly.slug),
        deepCursor: { startDate: startDate.toISOString().slice(0, 10), id: String(deep.id) },
      },
    };
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof BenchError ? error.message : error);
  process.exit(1);
});
