import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { freePort } from "../scripts/lib/free-port";
import { BenchError, type Cleanup } from "./cleanup";
import { freePortInRange } from "./ports";
import { spawnGroup, waitForHttp } from "./process-group";
import { benchDatabaseUrl } from "./session";

export const ROOT = path.resolve(import.meta.dirname, "..");
const DB_DIR = ".data/bench-postgres";
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

/** Builds the app when there is no production build, as `npm start` refuses to run without one. */
export async function ensureBuild() {
  if (existsSync(path.join(ROOT, ".next", "BUILD_ID"))) return;
  console.log("No production build (.next/BUILD_ID is missing): running `next build` first (a few minutes).");
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, "build"], {
      cwd: ROOT,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: "inherit",
    });
    child.once("error", reject);
    child.once("exit", resolve);
  });
  if (code !== 0) throw new BenchError('"next build" failed: run "npm run build", fix it, then bench again.');
}

/**
 * Starts the app as `npm start` does (embedded PostgreSQL, migrations, seed, `next start`), on a
 * throw-away database so the bench never touches .data/postgres, and waits until it is healthy;
 * on a free port of `ports`, so that benches run side by side do not take each other's.
 */
export async function startApp(cleanup: Cleanup, ports: readonly [number, number] = [3400, 3499]) {
  await clearEarlierDatabase();
  const port = await freePortInRange(...ports);
  const databasePort = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    EMBEDDED_DB_DIR: DB_DIR,
    EMBEDDED_DB_PORT: String(databasePort),
    EMBEDDED_DB_EPHEMERAL: "true",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // The bench measures the embedded database's app, whatever the shell points at.
  delete env.DATABASE_URL;
  const tsx = path.join(ROOT, "node_modules", ".bin", "tsx");
  const group = spawnGroup(tsx, ["scripts/run-with-db.ts", "start"], { cwd: ROOT, env });
  cleanup.add(async () => {
    await group.stop();
    await removeDatabaseLeftovers();
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitForHttp(`${origin}/api/health`, group, 180_000);
  return { origin, port, group, databaseUrl: await benchDatabaseUrl(path.join(ROOT, DB_DIR), databasePort) };
}

/**
 * A bench that was killed outright leaves its throw-away database behind, possibly still running:
 * the start-up script would not notice, as each bench picks another port for it.
 */
async function clearEarlierDatabase() {
  const lockFile = path.join(ROOT, DB_DIR, "postmaster.pid");
  if (existsSync(lockFile)) {
    const pid = Number((await readFile(lockFile, "utf8")).split("\n")[0]);
    if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) {
      throw new BenchError(
        `The PostgreSQL of an earlier bench (pid ${pid}) still serves ${DB_DIR}: stop it ("kill ${pid}") and bench again.`,
      );
    }
  }
  await removeDatabaseLeftovers();
}

function isRunning(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The throw-away database is meant to delete itself, but when the whole process group is stopped
 * PostgreSQL can exit before the start-up script's own stop has removed its folder, and the
 * script then exits with that stop still pending. Once no process of the group is left, finish it.
 */
async function removeDatabaseLeftovers() {
  await rm(path.join(ROOT, DB_DIR), { recursive: true, force: true });
  await rm(path.join(ROOT, `${DB_DIR}.password`), { force: true });
}
