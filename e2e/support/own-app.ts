// An app of its own for the tests that stop its database or read its files: a production server
// (`npm start` on the current build) on a throw-away embedded PostgreSQL the test controls.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedPostgres, type TEmbeddedServer } from "../../scripts/lib/embedded-postgres";
import { freePort } from "../../scripts/lib/free-port";

const root = path.resolve(import.meta.dirname, "../..");

export type TOwnDatabase = {
  url: string;
  serverUrl: (database: string) => string;
  /** Stops PostgreSQL as an administrator would (fast shutdown: sessions are cut). */
  stop: () => Promise<void>;
  /** Starts it again on the same data. */
  start: () => Promise<void>;
  /** Stops it and deletes its data. */
  remove: () => Promise<void>;
};

export async function startOwnDatabase(name: string, port?: number): Promise<TOwnDatabase> {
  const dataDir = path.join(root, ".data", name);
  const dbPort = port ?? (await freePort());
  const open = () =>
    startEmbeddedPostgres({ dataDir, port: dbPort, database: "rcp_exchange", isEphemeral: false });
  await rm(dataDir, { recursive: true, force: true });
  let server: TEmbeddedServer | null = await open();
  const { url, serverUrl } = server;
  const stop = async () => {
    await server?.stop();
    server = null;
  };
  return {
    url,
    serverUrl,
    stop,
    start: async () => {
      server ??= await open();
    },
    remove: async () => {
      await stop();
      await rm(dataDir, { recursive: true, force: true });
      await rm(`${dataDir}.password`, { force: true });
    },
  };
}

export type TOwnApp = {
  baseUrl: string;
  documentsDir: string;
  /** What the server printed so far (its errors included). */
  output: () => string;
  stop: () => Promise<void>;
};

/** `npm start` on DATABASE_URL (migrated and seeded on start), ready when its readiness says so. */
export async function startOwnApp(databaseUrl: string, options: { port?: number; name: string }) {
  const port = options.port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  const documentsDir = path.join(root, ".data", `${options.name}-documents`);
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/run-with-db.ts", "start"], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      // Nothing listens there: mail stays queued, which these tests do not read.
      SMTP_URL: `smtp://127.0.0.1:${await freePort()}`,
      TRUSTED_PROXY_HOPS: "0",
      DOCUMENTS_DIR: documentsDir,
    },
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => output.push(chunk.toString());
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  try {
    await waitUntil(async () => (await fetch(`${baseUrl}/api/health`)).ok, 180_000, child);
  } catch (error) {
    await stopChild(child);
    throw new Error(`The app did not start: ${String(error)}\n${output.join("").slice(-4000)}`, {
      cause: error,
    });
  }
  return {
    baseUrl,
    documentsDir,
    output: () => output.join(""),
    stop: () => stopChild(child),
  } satisfies TOwnApp;
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, child: ChildProcess) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}`);
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`not ready within ${timeoutMs} ms`);
}

async function stopChild(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
  await exited;
  clearTimeout(timer);
}
