// `npm run bench`: times the warm public pages on `next start` against two floors, nginx serving
// the same HTML (physical) and a static page of this app (framework); then weighs every page's
// JavaScript and times the pages rendered per request (signed in) against a bare Next.js app of
// the same version, and reports the ratios and the server's memory.
// It reports; it is not a test: it exits 0 whatever the verdicts, non-zero only when it cannot run.
import { execFileSync } from "node:child_process";
import os from "node:os";
import { ensureBuild, ROOT, startApp } from "./app-server";
import { BenchError, Cleanup } from "./cleanup";
import { ensureFloorBuild, startFloorApp } from "./floor-app";
import { findNginx, startNginx } from "./nginx";
import { warmPage, type TPage } from "./pages";
import { formatReport, verdicts, writeReport, type TPageResult, type TReport } from "./report";
import { measurePages, type TPlan } from "./rounds";
import { measureServer } from "./server-run";
import { FLOOR, MAX_RATIO_TO_FLOOR, TARGETS } from "./targets";

// 4 rows (2 servers × 2 modes) × 4 s per page: about a minute and a half with all four targets.
// Many short rounds rather than a few long ones spread each row over the whole run.
const PLAN: TPlan = { warmUpS: 1, rounds: 8, roundS: 0.5 };

type TWarmPage = TPage & { html: string; bytes: number; cache: string | null };

async function main() {
  const nginx = findNginx();
  await ensureBuild();
  const floorDir = await ensureFloorBuild(ROOT);
  const startedAt = new Date().toISOString();
  const loadBefore = os.loadavg()[0] ?? 0;
  const cleanup = new Cleanup();
  stopOnSignals(cleanup);
  try {
    console.log("Starting the app on a throw-away embedded PostgreSQL (migrations, seed, next start)…");
    const app = await startApp(cleanup);
    const bareApp = await startFloorApp(floorDir, cleanup);
    console.log(`App ready on ${app.origin}. Warming the pages (the first request renders them)…`);
    const { pages, skipped } = await warmPages(app.origin);
    const html = new Map(pages.map((page) => [page.path, page.html]));
    const nginxServer = await startNginx(nginx.file, html, cleanup);
    console.log(`nginx ready on ${nginxServer.origin}. Measuring ${pages.length} pages…`);

    const results: TPageResult[] = await measurePages(
      pages.map(({ html: _html, ...page }) => page),
      { next: app.origin, nginx: nginxServer.origin },
      PLAN,
    );
    const [floor, ...targets] = results;
    if (!floor) throw new Error("The framework floor was not measured.");
    const server = await measureServer({ app, bareApp, publicPages: pages, plan: PLAN });
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
      settings: { ...PLAN, maxRatioToFloor: MAX_RATIO_TO_FLOOR },
      floor,
      targets: targets.map((target) => ({ ...target, verdicts: verdicts(target, floor) })),
      skipped,
      server,
    };
    console.log(formatReport(report));
    console.log(`Figures written to ${await writeReport(report, ROOT)}.`);
  } finally {
    console.log("Stopping nginx and the app…");
    await cleanup.run();
  }
}

/** The floor first, then each target that answers 200; the others are reported as skipped. */
async function warmPages(origin: string) {
  const floor = await warmPage(origin, FLOOR);
  if (!floor.isOk) throw new BenchError(`The framework floor ${FLOOR.path} ${floor.reason}.`);
  const pages: TWarmPage[] = [{ ...FLOOR, ...floor }];
  const skipped: TReport["skipped"] = [];
  for (const target of TARGETS) {
    const probe = await warmPage(origin, target);
    if (probe.isOk) {
      pages.push({ ...target, ...probe });
    } else {
      skipped.push({ ...target, reason: probe.reason });
      console.log(`SKIPPING ${target.name} ${target.path}: ${probe.reason}.`);
    }
  }
  return { pages, skipped };
}

function stopOnSignals(cleanup: Cleanup) {
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
