import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it, vi } from "vitest";
import { openDatabase } from "../../scripts/lib/database";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { freePort } from "../../scripts/lib/free-port";

const scratch = await mkdtemp(path.join(os.tmpdir(), "rcp-embedded-"));
// When run as root the server runs as the "postgres" user, which must be able to enter the folder.
await chmod(scratch, 0o755);
afterAll(() => rm(scratch, { recursive: true, force: true }));

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as Record<string, unknown>[];
  } finally {
    await client.end();
  }
}

describe("embedded PostgreSQL", () => {
  it("keeps its data across restarts and recovers a stale lock", async () => {
    const dataDir = path.join(scratch, "persistent");
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dataDir, port, database: "app" });
    await query(first.url, "CREATE TABLE kept (id int); INSERT INTO kept VALUES (42)");
    await first.stop();

    // What a crash leaves behind: a lock file naming a process that is gone.
    await writeFile(path.join(dataDir, "postmaster.pid"), "999999\n");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const second = await startEmbeddedPostgres({ dataDir, port, database: "app" });
    try {
      expect(warn).toHaveBeenCalledWith(expect.stringContaining("Removed a stale lock"));
      expect(await query(second.url, "SELECT id FROM kept")).toEqual([{ id: 42 }]);
    } finally {
      warn.mockRestore();
      await second.stop();
    }
  }, 60_000);

  it("a second stop waits for the first: a throw-away folder is gone when either returns", async () => {
    const dataDir = path.join(scratch, "throw-away");
    const server = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      database: "app",
      isEphemeral: true,
    });
    // A signal handler starts the stop; the command's own clean-up asks again right after.
    void server.stop();
    await server.stop();
    expect(existsSync(dataDir)).toBe(false);
    expect(existsSync(`${dataDir}.password`)).toBe(false);
  }, 60_000);

  it("says so when its port is taken", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      await expect(
        startEmbeddedPostgres({ dataDir: path.join(scratch, "busy"), port, database: "app" }),
      ).rejects.toThrow(`Port ${port} for the embedded PostgreSQL is already in use`);
    } finally {
      blocker.close();
    }
  });

  it("says so when its data folder cannot be written", async () => {
    const file = path.join(scratch, "a-file");
    await writeFile(file, "");
    await expect(
      startEmbeddedPostgres({
        dataDir: path.join(file, "postgres"),
        port: await freePort(),
        database: "app",
      }),
    ).rejects.toThrow(`The embedded database folder ${file} is not writable`);
  });
});

describe("a process that loads the embedded server", () => {
  it("keeps the exit code it set: a failing test run must not exit 0", () => {
    const wrapper = JSON.stringify(path.resolve("scripts/lib/embedded-postgres.ts"));
    const script = `import(${wrapper}).then(() => { process.exitCode = 3; });`;
    const run = spawnSync(path.resolve("node_modules/.bin/tsx"), ["--eval", script], {
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(3);
  });
});

describe("an external DATABASE_URL", () => {
  it("is used as given when reachable, starting nothing", async () => {
    const url = inject("databaseUrl");
    const database = await openDatabase({ databaseUrl: url, dataDir: "unused", port: 1, isEphemeral: false });
    expect(database).toMatchObject({ url, isEmbedded: false });
  });

  it("fails with one clear line when unreachable", async () => {
    const port = await freePort();
    await expect(
      openDatabase({
        databaseUrl: `postgresql://u:p@127.0.0.1:${port}/rcp`,
        dataDir: "unused",
        port: 1,
        isEphemeral: false,
      }),
    ).rejects.toThrow(`DATABASE_URL (127.0.0.1:${port}/rcp) is unreachable`);
  });
});
