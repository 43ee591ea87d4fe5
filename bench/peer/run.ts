// `npm run bench:peer [-- --activities N --users N --rcps N]`: generates the large dataset (with its
// peer events, follows and documents' text) in a throw-away database, then times the search and the
// feed under 50 concurrent clients, through their tRPC reads and their pages, and the same SQL run
// directly, and prints both against the issue's targets. It reports; it is not a test.
import { execFileSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { formatLoadReport, generateLoad, parseLoadSizes } from "../../scripts/lib/load-data";
import { captureQueries, replay } from "../activities/sql";
import { MAX_OVERHEAD_MS, MAX_P95_MS, type TCaseResult } from "../activities/report";
import { ensureBuild, ROOT, startApp } from "../app-server";
import { BenchError, Cleanup } from "../cleanup";
import { percentile, sample, type TSample } from "../measure";
import { signedInCookie } from "../session";
import { peerCases, peerCaseUrl, runRead, type TPeerCase } from "./cases";

type TPeerResult = TCaseResult & { route: TCaseResult["route"] & { perSecond: number } };

const CONNECTIONS = 50;
const PLAN = { warmUpS: 1, rounds: 3, roundS: 2 };
/** Benches run side by side: this one takes its app's port from its own range. */
const APP_PORTS = [3700, 3799] as const;

async function main() {
  const sizes = parseLoadSizes(process.argv.slice(2));
  await ensureBuild();
  const cleanup = new Cleanup();
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void cleanup.run().then(() => process.exit(130)));
  }
  try {
    const loadBefore = os.loadavg()[0] ?? 0;
    console.log("Starting the app on a throw-away embedded PostgreSQL…");
    const app = await startApp(cleanup, APP_PORTS);
    const client = new pg.Client({ connectionString: app.databaseUrl });
    await client.connect();
    const load = await generateLoad(client, sizes).finally(() => client.end());
    console.log(formatLoadReport(load));
    const cookie = await signedInCookie(app.origin, app.databaseUrl);
    const { editorId, deepBefore } = await prepareReader(app.databaseUrl);
    const results: TPeerResult[] = [];
    for (const benchCase of peerCases(deepBefore)) {
      const result = await measureCase(benchCase, app, cookie, editorId);
      results.push(result);
      console.log(`${result.actor} ${result.key}: ${formatRow(result)}`);
    }
    const report = {
      startedAt: new Date().toISOString(),
      commit: execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim(),
      machine: { node: process.version, cpus: os.cpus().length, loadBefore, loadAfter: os.loadavg()[0] ?? 0 },
      load,
      connections: CONNECTIONS,
      plan: PLAN,
      results,
    };
    console.log(formatReport(report));
    const dir = path.join(ROOT, "bench", "results");
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, `peer-${report.startedAt.replace(/[:.]/g, "-")}.json`);
    await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`Figures written to ${path.relative(ROOT, file)}.`);
  } finally {
    await cleanup.run();
  }
}

async function measureCase(
  benchCase: TPeerCase,
  app: { origin: string; databaseUrl: string },
  cookie: string,
  editorId: string,
): Promise<TPeerResult> {
  const url = peerCaseUrl(app.origin, benchCase);
  const headers: Record<string, string> = benchCase.actor === "editor" ? { cookie } : {};
  let found = 0;
  const statements = await captureQueries(app.databaseUrl, async (db) => {
    found = await runRead(db, benchCase, editorId);
  });
  if (found === 0)
    throw new BenchError(`The bench case "${benchCase.key}" finds nothing: is the load generated?`);
  // One request first: a refusal (a lost session, a bad address) must not pass for a slow answer.
  const probe = await fetch(url, { headers, redirect: "manual" });
  await probe.arrayBuffer();
  if (probe.status !== 200) throw new BenchError(`${benchCase.key}: ${url} answered ${probe.status}.`);
  await sample(url, CONNECTIONS, PLAN.warmUpS, headers);
  const routeSamples: TSample[] = [];
  const sqlLatencies: number[] = [];
  for (let round = 0; round < PLAN.rounds; round++) {
    routeSamples.push(await sample(url, CONNECTIONS, PLAN.roundS, headers));
    sqlLatencies.push(...(await replay(app.databaseUrl, statements, CONNECTIONS, PLAN.roundS)));
  }
  const route = Float64Array.from(routeSamples.flatMap((one) => one.latencies)).sort();
  const sql = Float64Array.from(sqlLatencies).sort();
  const seconds = PLAN.rounds * PLAN.roundS;
  return {
    key: `${benchCase.key} (${benchCase.via === "trpc" ? `${benchCase.read} read` : "page"})`,
    actor: benchCase.actor,
    statements: statements.length,
    route: {
      requests: route.length,
      p50Ms: percentile(route, 50),
      p95Ms: percentile(route, 95),
      failed: routeSamples.reduce((sum, one) => sum + one.non2xx + one.errors + one.timeouts, 0),
      perSecond: route.length / seconds,
    },
    sql: { requests: sql.length, p50Ms: percentile(sql, 50), p95Ms: percentile(sql, 95) },
  };
}

/**
 * The bench editor (of the Budapest Process, which shares states and themes with many) follows a
 * process, a theme and a country, as most staff do; and an event id deep down their feed.
 */
async function prepareReader(databaseUrl: string): Promise<{ editorId: string; deepBefore: string }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const one = async (sql: string) => {
      const { rows } = await client.query<Record<string, string>>(sql);
      if (!rows[0]) throw new BenchError(`The generated data lacks what the bench needs (${sql}).`);
      return rows[0];
    };
    const editor = await one(
      `SELECT id FROM "User" WHERE name = 'Bench editor' ORDER BY "createdAt" DESC LIMIT 1`,
    );
    const editorId = String(editor.id);
    await client.query(
      `INSERT INTO "Follow" ("userId", "targetType", "targetId")
       SELECT $1, 'RCP'::"FollowTarget", id FROM "Rcp" WHERE slug = 'bali-process'
       UNION ALL SELECT $1, 'THEME', id FROM "Theme" WHERE slug = 'labour-migration'
       UNION ALL SELECT $1, 'COUNTRY', 'TH'
       ON CONFLICT DO NOTHING`,
      [editorId],
    );
    const deep = await one(`SELECT (max(id) - (max(id) - min(id)) / 2)::text AS id FROM "PeerEvent"`);
    return { editorId, deepBefore: String(deep.id) };
  } finally {
    await client.end();
  }
}

// No answer completed within a round: the server was too slow to be measured at all.
const ms = (value: number) => (Number.isNaN(value) ? "none" : value.toFixed(1)).padStart(7);

const isPass = (result: TCaseResult) =>
  result.route.p95Ms <= MAX_P95_MS &&
  result.route.p95Ms - result.sql.p95Ms <= MAX_OVERHEAD_MS &&
  result.route.failed === 0;

function formatRow(result: TPeerResult): string {
  const failed = result.route.failed > 0 ? ` (${result.route.failed} failed requests)` : "";
  return `${ms(result.route.p50Ms)} ms ${ms(result.route.p95Ms)} ms ${result.route.perSecond.toFixed(0).padStart(6)}/s ${ms(result.sql.p50Ms)} ms ${ms(result.sql.p95Ms)} ms ${ms(result.route.p95Ms - result.sql.p95Ms)} ms  ${isPass(result) ? "pass" : "FAIL"}${failed}`;
}

function formatReport(report: {
  commit: string;
  machine: { cpus: number; loadBefore: number; loadAfter: number };
  load: { activities: number };
  connections: number;
  plan: { rounds: number; roundS: number };
  results: TPeerResult[];
}): string {
  const { loadBefore, loadAfter, cpus } = report.machine;
  const busy = Math.max(loadBefore, loadAfter) > cpus;
  return [
    `Search and feed: ${report.load.activities} generated activities, ${report.connections} concurrent clients, ` +
      `${report.plan.rounds} × ${report.plan.roundS} s per case; commit ${report.commit}, ${cpus} CPUs, ` +
      `load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after.`,
    ...(busy ? ["The machine was busy (load average above its CPUs): the figures are pessimistic."] : []),
    `Targets: route p95 ≤ ${MAX_P95_MS} ms and ≤ ${MAX_OVERHEAD_MS} ms above the same SQL run directly.`,
    `${"case".padEnd(52)} ${"route p50".padStart(9)} ${"route p95".padStart(9)} ${"req/s".padStart(7)} ${"SQL p50".padStart(9)} ${"SQL p95".padStart(9)} ${"over SQL".padStart(9)}  verdict`,
    ...report.results.map((result) => `${`${result.actor} ${result.key}`.padEnd(52)} ${formatRow(result)}`),
    `${report.results.filter(isPass).length} of ${report.results.length} within the targets.`,
  ].join("\n");
}

main().catch((error: unknown) => {
  console.error(error instanceof BenchError ? error.message : error);
  process.exit(1);
});
