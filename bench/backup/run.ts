// `npm run bench:backup`: backup and restore of the full generated dataset (`db:generate-load`'s
// sizes; `-- --activities N --users N --rcps N` changes them) with a folder of documents, on a
// throw-away embedded PostgreSQL: the restored database is compared with the source table by table
// (row counts and checksums ordered by primary key) and the documents file by file. It prints
// the figures and exits 1 when anything differs.
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { seedAll } from "../../prisma/seed/run";
import { backup, restore } from "../../scripts/lib/backup";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { freePort } from "../../scripts/lib/free-port";
import { generateLoad, parseLoadSizes } from "../../scripts/lib/load-data";
import { migrateDeploy } from "../../scripts/lib/prisma-cli";
import { tableChecksums, type TTableChecksum } from "../../scripts/lib/table-checksums";
import { Cleanup } from "../cleanup";

const DOCUMENTS = 200;

async function checksumsOf(url: string): Promise<TTableChecksum[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await tableChecksums(client);
  } finally {
    await client.end();
  }
}

async function digests(dir: string): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  for (const name of (await readdir(dir)).sort()) {
    result.set(
      name,
      createHash("sha256")
        .update(await readFile(path.join(dir, name)))
        .digest("hex"),
    );
  }
  return result;
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

async function main() {
  const sizes = parseLoadSizes(process.argv.slice(2));
  const root = path.resolve(".data", `bench-backup-${process.pid}`);
  const cleanup = new Cleanup();
  cleanup.add(() => rm(root, { recursive: true, force: true }));
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void cleanup.run().then(() => process.exit(130)));
  }
  try {
    const dataDir = path.join(root, "source");
    const documentsDir = path.join(root, "source-documents");
    const source = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: "rcp_exchange" });
    cleanup.add(source.stop);
    await migrateDeploy(source.url);
    await seedAll(source.url);
    let started = performance.now();
    const client = new pg.Client({ connectionString: source.url });
    await client.connect();
    await generateLoad(client, sizes);
    await client.end();
    console.log(
      `Generated ${sizes.activities} activities, ${sizes.users} users, ${sizes.rcps} processes in ${seconds(started)} s.`,
    );
    const before = await checksumsOf(source.url);
    await source.stop();
    await mkdir(documentsDir, { recursive: true });
    for (let i = 0; i < DOCUMENTS; i++) {
      await writeFile(path.join(documentsDir, `document-${i}.pdf`), randomBytes(1024 + i * 512));
    }

    const archive = path.join(root, "backup");
    started = performance.now();
    await backup({ kind: "embedded", dataDir, documentsDir }, archive);
    const backupSeconds = seconds(started);
    let archiveBytes = 0;
    for (const name of await readdir(archive)) archiveBytes += (await stat(path.join(archive, name))).size;
    const restoredDir = path.join(root, "restored");
    const restoredDocuments = path.join(root, "restored-documents");
    started = performance.now();
    await restore({ kind: "embedded", dataDir: restoredDir, documentsDir: restoredDocuments }, archive);
    const restoreSeconds = seconds(started);
    const restored = await startEmbeddedPostgres({
      dataDir: restoredDir,
      port: await freePort(),
      database: "rcp_exchange",
    });
    cleanup.add(restored.stop);
    const after = await checksumsOf(restored.url);

    const differing = before.filter((table, i) => JSON.stringify(table) !== JSON.stringify(after[i]));
    const rows = before.reduce((sum, table) => sum + table.rows, 0);
    const [sourceFiles, restoredFiles] = await Promise.all([
      digests(documentsDir),
      digests(restoredDocuments),
    ]);
    const filesMatch = JSON.stringify([...sourceFiles]) === JSON.stringify([...restoredFiles]);
    console.log(
      `Backup ${backupSeconds} s (${(archiveBytes / 1024 / 1024).toFixed(0)} MB), restore ${restoreSeconds} s. ` +
        `${before.length} tables, ${rows} rows: ${before.length === after.length && differing.length === 0 ? "all identical" : `DIFFERENT: ${differing.map((t) => t.table).join(", ")}`}; ` +
        `${sourceFiles.size} documents: ${filesMatch ? "all identical" : "DIFFERENT"}.`,
    );
    if (differing.length > 0 || before.length !== after.length || !filesMatch) process.exitCode = 1;
  } finally {
    await cleanup.run();
  }
}

await main();
