// `npm run db:backup` / `db:restore` at reduced size: a database with the reference data and a
// small generated set, plus uploaded files, backed up, restored into a fresh place, and compared
// table by table (row counts and checksums ordered by primary key) and file by file.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { backup, findTool, restore, serverMajor } from "../../scripts/lib/backup";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { freePort } from "../../scripts/lib/free-port";
import { generateLoad } from "../../scripts/lib/load-data";
import { migrateDeploy } from "../../scripts/lib/prisma-cli";
import { tableChecksums } from "../../scripts/lib/table-checksums";
import { seedIfEmpty } from "../../prisma/seed/run";

const scratch = await mkdtemp(path.join(os.tmpdir(), "rcp-backup-"));
// As root the embedded server runs as "postgres", which must be able to enter the folder.
await chmod(scratch, 0o755);
afterAll(() => rm(scratch, { recursive: true, force: true }));

async function withClient<T>(url: string, action: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end();
  }
}

async function fileDigests(dir: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    result[path.relative(dir, file)] = createHash("sha256")
      .update(await readFile(file))
      .digest("hex");
  }
  return result;
}

async function writeDocuments(dir: string) {
  await mkdir(path.join(dir, "ab"), { recursive: true });
  await writeFile(path.join(dir, "ab", "report.pdf"), Buffer.from("%PDF-1.7 a report"));
  await writeFile(path.join(dir, "declaration.docx"), Buffer.alloc(200_000, 7));
}

describe("backup and restore", () => {
  it("the embedded database and the documents come back identical", async () => {
    const dataDir = path.join(scratch, "source");
    const documentsDir = path.join(scratch, "source-documents");
    const source = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: "rcp_exchange" });
    let before;
    try {
      await migrateDeploy(source.url);
      await seedIfEmpty(source.url);
      await withClient(source.url, (client) => generateLoad(client, { rcps: 3, users: 40, activities: 300 }));
      before = await withClient(source.url, (client) => tableChecksums(client));
    } finally {
      await source.stop();
    }
    await writeDocuments(documentsDir);

    const archive = path.join(scratch, "backup");
    await backup({ kind: "embedded", dataDir, documentsDir }, archive);
    const restoredDir = path.join(scratch, "restored");
    const restoredDocuments = path.join(scratch, "restored-documents");
    await restore({ kind: "embedded", dataDir: restoredDir, documentsDir: restoredDocuments }, archive);

    const restored = await startEmbeddedPostgres({
      dataDir: restoredDir,
      port: await freePort(),
      database: "rcp_exchange",
    });
    try {
      const after = await withClient(restored.url, (client) => tableChecksums(client));
      expect(before.filter((table) => table.rows > 0).length).toBeGreaterThan(10);
      expect(before.find((table) => table.table === "public.Activity")?.rows).toBeGreaterThanOrEqual(300);
      expect(after).toEqual(before);
    } finally {
      await restored.stop();
    }
    expect(await fileDigests(restoredDocuments)).toEqual(await fileDigests(documentsDir));
    expect(Object.keys(await fileDigests(documentsDir))).toHaveLength(2);
  }, 180_000);

  it("refuses to copy an embedded database that is running", async () => {
    const dataDir = path.join(scratch, "running");
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: "app" });
    try {
      await expect(
        backup({ kind: "embedded", dataDir, documentsDir: null }, path.join(scratch, "x")),
      ).rejects.toThrow(/is running: stop the app first/);
    } finally {
      await server.stop();
    }
  });

  it("dumps a server with pg_dump and restores it into a fresh database, where a pg_dump of its version exists", async ({
    skip,
  }) => {
    const serverUrl = new URL(inject("databaseUrl"));
    const major = await serverMajor(serverUrl.toString());
    const hasTools = await findTool("pg_dump", major).then(
      () => true,
      () => false,
    );
    // The embedded PostgreSQL is newer than Debian's pg_dump: this runs where a matching one is installed.
    if (!hasTools) skip(`no pg_dump for PostgreSQL ${major} on this machine`);
    const names = [`backup_src_${Date.now()}`, `backup_dst_${Date.now()}`];
    const urlOf = (name: string) => Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
    await withClient(serverUrl.toString(), async (client) => {
      for (const name of names) await client.query(`CREATE DATABASE ${name}`);
    });
    try {
      const [src = "", dst = ""] = names.map(urlOf);
      await migrateDeploy(src);
      await seedIfEmpty(src);
      await withClient(src, (client) => generateLoad(client, { rcps: 2, users: 20, activities: 100 }));
      const documentsDir = path.join(scratch, "dump-documents");
      await writeDocuments(documentsDir);
      const archive = path.join(scratch, "dump");
      await backup({ kind: "server", databaseUrl: src, documentsDir }, archive);
      expect(existsSync(path.join(archive, "database.dump"))).toBe(true);
      const restoredDocuments = path.join(scratch, "dump-restored-documents");
      await restore({ kind: "server", databaseUrl: dst, documentsDir: restoredDocuments }, archive);
      const [before, after] = await Promise.all(
        [src, dst].map((url) => withClient(url, (c) => tableChecksums(c))),
      );
      expect(after).toEqual(before);
      expect(await fileDigests(restoredDocuments)).toEqual(await fileDigests(documentsDir));
    } finally {
      await withClient(serverUrl.toString(), async (client) => {
        for (const name of names) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      });
    }
  }, 180_000);
});
