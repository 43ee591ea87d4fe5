// `npm run bench`: times the warm public pages on `next start` against two floors, nginx serving
// the same HTML (physical) and a static page of this app (framework), and reports the ratios.
// It reports; it is not a test: it exits 0 whatever the verdicts, non-zero only when it cannot run.
import { execFileSync } from "node:child_process";
import os from "node:os";
import { ensureBuild, ROOT, startApp } from "./app-server";
import { BenchError, Cleanup } from "./cleanup";
import { measure, type TStats } from "./measure";
import { findNginx, startNginx } from "./nginx";
import { warmPage, type TPage } from "./pages";
import {
  formatReport,
  MODES,
  verdicts,
  writeReport,
  type TMode,
  type TPageResult,
  type TReport,
} from "./report";
import { FLOOR, MAX_RATIO_TO_FLOOR, TARGETS } from "./targets";

// Bounded so the whole bench takes about two minutes with four targets.
const WARM_UP_S = 1;
const MEASURE_S = 4;

async function main() {
  const nginx = findNginx();
  await ensureBuild();
  const startedAt = new Date().toISOString();
  const loadBefore = os.loadavg()[0] ?? 0;
  const cleanup = new Cleanup();
  // Ctrl-C reaches the bench twice (from the terminal and relayed by tsx): the first one stops the
  // servers; later ones must not end the bench before that is done.
  let isStopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (isStopping) return;
    isStopping = true;
    console.error(`\n${signal}: stopping the servers the bench started…`);
    void cleanup.run().finally(() => {
      console.error("Stopped.");
      process.exit(130);
    });
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    console.log("Starting the app on a throw-away embedded PostgreSQL (migrations, seed, next start)…");
    const app = await startApp(cleanup);
    console.log(`App ready on ${app.origin}. Warming the pages (first request renders, then cache HIT)…`);

    const floorProbe = await warmPage(app.origin, FLOOR);
    if (!floorProbe.isOk) throw new BenchError(`The framework floor ${FLOOR.path} ${floorProbe.reason}.`);
    const pages = new Map<string, { page: TPage; html: string; bytes: number; cache: string | null }>();
    pages.set(FLOOR.path, { page: FLOOR, ...floorProbe });
    const skipped: TReport["skipped"] = [];
    for (const target of TARGETS) {
      const probe = await warmPage(app.origin, target);
      if (probe.isOk) {
        pages.set(target.path, { page: target, ...probe });
      } else {
        skipped.push({ ...target, reason: probe.reason });
        console.log(`SKIPPING ${target.name} ${target.path}: ${probe.reason}.`);
      }
    }
    const html = new Map([...pages].map(([urlPath, page]) => [urlPath, page.html]));
    const floorServer = await startNginx(nginx.file, html, cleanup);

    const results: TPageResult[] = [];
    for (const { page, bytes, cache } of pages.values()) {
      console.log(`Measuring ${page.name} ${page.path}…`);
      results.push({
        ...page,
        bytes,
        cache,
        next: await measureModes(`${app.origin}${page.path}`),
        nginx: await measureModes(`${floorServer.origin}${page.path}`),
      });
    }
    const [floor, ...targets] = results;
    if (!floor) throw new Error("The framework floor was not measured.");
    const report: TReport = {
      startedAt,
      commit: currentCommit(),
      machine: {
        node: process.version,
        nginx: nginx.version,
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model.trim() ?? "unknown CPU",
        loadAverage: [loadBefore, os.loadavg()[0] ?? 0],
      },
      settings: { warmUpS: WARM_UP_S, measureS: MEASURE_S, maxRatioToFloor: MAX_RATIO_TO_FLOOR },
      floor,
      targets: targets.map((target) => ({ ...target, verdicts: verdicts(target, floor) })),
      skipped,
    };
    console.log(formatReport(report));
    console.log(`Figures written to ${await writeReport(report, ROOT)}.`);
  } finally {
    console.log("Stopping nginx and the app…");
    await cleanup.run();
  }
}

/** A warm-up pass at full concurrency (discarded), then each mode. */
async function measureModes(url: string): Promise<Record<TMode, TStats>> {
  await measure(url, 10, WARM_UP_S);
  const stats = {} as Record<TMode, TStats>;
  for (const { key, connections } of MODES) stats[key] = await measure(url, connections, MEASURE_S);
  return stats;
}

function currentCommit() {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" });
    const isDirty = execFileSync("git", ["status", "--porcelain"], { cwd: ROOT, encoding: "utf8" }) !== "";
    return `${commit.trim()}${isDirty ? "+changes" : ""}`;
  } catch {
    return "unknown";
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof BenchError ? error.message : error);
    process.exit(1);
  },
);
