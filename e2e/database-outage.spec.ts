// PostgreSQL stopped under load and started again: every request answers fast (503 for what needs
// the database, the cached pages from the cache), none fails with a 500 or hangs, and the app
// serves again within 10 seconds of the database's return, without a restart.
import { expect, test } from "@playwright/test";
import { startOwnApp, startOwnDatabase, type TOwnApp, type TOwnDatabase } from "./support/own-app";

type TKind = "page" | "trpc" | "ready" | "cached" | "live";
type TSample = { kind: TKind; started: number; ended: number; status: number };

const TARGETS: Record<TKind, string> = {
  page: "/fr/sign-in",
  trpc: "/api/trpc/rcp.listThemes",
  ready: "/api/health",
  cached: "/es/about",
  live: "/api/health/live",
};
const NEEDS_DATABASE: TKind[] = ["page", "trpc", "ready"];
const CLIENTS = 4;
const OUTAGE_MS = 5000;
const HANG_MS = 5000;

let database: TOwnDatabase;
let app: TOwnApp;

test.describe.configure({ mode: "serial" });
test.setTimeout(300_000);

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const dbPort = process.env.E2E_OUTAGE_DB_PORT ? Number(process.env.E2E_OUTAGE_DB_PORT) : undefined;
  const appPort = process.env.E2E_OUTAGE_APP_PORT ? Number(process.env.E2E_OUTAGE_APP_PORT) : undefined;
  database = await startOwnDatabase("outage-postgres", dbPort);
  app = await startOwnApp(database.url, { name: "outage", port: appPort });
});

test.afterAll(async () => {
  await app?.stop();
  await database?.remove();
});

async function sample(kind: TKind): Promise<TSample> {
  const started = Date.now();
  const status = await fetch(`${app.baseUrl}${TARGETS[kind]}`, {
    signal: AbortSignal.timeout(HANG_MS),
    redirect: "manual",
  }).then(
    async (response) => {
      await response.arrayBuffer();
      return response.status;
    },
    () => 0, // no answer within HANG_MS: a hang
  );
  return { kind, started, ended: Date.now(), status };
}

test("PostgreSQL stopped and started again under load: 503 at once, back within 10 s", async () => {
  const samples: TSample[] = [];
  let isRunning = true;
  const kinds = Object.keys(TARGETS) as TKind[];
  const clients = Array.from({ length: CLIENTS }, async (_, client) => {
    for (let i = client; isRunning; i++) {
      samples.push(await sample(kinds[i % kinds.length] ?? "live"));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  await pause(3000);
  const stopping = Date.now();
  await database.stop();
  const stopped = Date.now();
  await pause(OUTAGE_MS);
  const restarting = Date.now();
  await database.start();
  const back = Date.now();
  // Until the database-bound requests have answered 200 for two seconds, at most 20 s.
  while (Date.now() - back < 20_000) {
    const recent = samples.filter((s) => s.started > Date.now() - 2000 && NEEDS_DATABASE.includes(s.kind));
    if (Date.now() - back > 2000 && recent.length > 0 && recent.every((s) => s.status === 200)) break;
    await pause(200);
  }
  isRunning = false;
  await Promise.all(clients);

  const before = samples.filter((s) => s.ended < stopping);
  const outage = samples.filter((s) => s.started >= stopped && s.ended <= restarting);
  const afterBack = samples.filter((s) => s.started >= back && NEEDS_DATABASE.includes(s.kind));
  const lastFailure = Math.max(back, ...afterBack.filter((s) => s.status !== 200).map((s) => s.ended));
  const recoverySeconds = (lastFailure - back) / 1000;
  const slowest = (list: TSample[]) => Math.max(0, ...list.map((s) => s.ended - s.started));
  const statuses = (list: TSample[]) => {
    const counts = new Map<string, number>();
    for (const s of list) counts.set(`${s.kind}:${s.status}`, (counts.get(`${s.kind}:${s.status}`) ?? 0) + 1);
    return [...counts].map(([key, count]) => `${key}×${count}`);
  };
  const report = [
    `requests: ${samples.length} (${before.length} before the stop, ${outage.length} during the outage)`,
    `stop took ${stopped - stopping} ms, start took ${back - restarting} ms`,
    `during the outage: ${statuses(outage).join(", ")}; slowest ${slowest(outage)} ms`,
    `recovery: ${recoverySeconds.toFixed(2)} s after PostgreSQL accepted connections again`,
    `slowest request overall: ${slowest(samples)} ms`,
  ].join("\n");
  console.log(`database outage:\n${report}`);
  const failures = samples.filter((s) => s.status !== 200 && s.status !== 503);
  if (failures.length > 0) console.log(`server output:\n${app.output().slice(-6000)}`);
  test.info().annotations.push({ type: "database outage", description: report });

  expect(
    before.filter((s) => s.status !== 200),
    "all served before the stop",
  ).toEqual([]);
  expect(
    samples.filter((s) => s.status === 0),
    "no request hangs",
  ).toEqual([]);
  expect(
    samples.filter((s) => s.status >= 500 && s.status !== 503),
    "no 500",
  ).toEqual([]);
  expect(outage.length).toBeGreaterThan(20);
  for (const s of outage) {
    expect(s.status, `${s.kind} during the outage`).toBe(NEEDS_DATABASE.includes(s.kind) ? 503 : 200);
  }
  expect(slowest(outage), "answers fast while the database is down").toBeLessThan(2000);
  expect(recoverySeconds).toBeLessThanOrEqual(10);
  expect(afterBack.at(-1)?.status).toBe(200);
});
