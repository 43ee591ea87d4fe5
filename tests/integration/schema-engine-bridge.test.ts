// The Prisma CLI run against prisma/schema-engine/bridge.mjs (the stand-in for the native schema
// engine, see prisma.config.ts), on scratch databases of the test server: what the bridge must get
// right beyond "it starts" — function bodies with `;`, atomic failed migrations, diff exit codes,
// and checksums a native engine accepts.
import { execFile } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";

const TIMEOUT = 60_000;
const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
const bridge = path.resolve(import.meta.dirname, "../../prisma/schema-engine/bridge.mjs");

const serverUrl = process.env.DATABASE_URL ?? inject("databaseUrl");
const scratchDatabases: string[] = [];
const tempDirs: string[] = [];

const SCHEMA = `datasource db {
  provider = "postgresql"
}

model Tag {
  id    Int    @id @default(autoincrement())
  label String @unique
}
`;

// Non-ASCII text and CRLF line ends: the checksum must still be sha256 of the file's bytes.
const INIT_MIGRATION = [
  "-- Größe: tags ✓",
  'CREATE TABLE "Tag" (',
  '    "id" SERIAL NOT NULL,',
  '    "label" TEXT NOT NULL,',
  '    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")',
  ");",
  'CREATE UNIQUE INDEX "Tag_label_key" ON "Tag"("label");',
  "",
].join("\r\n");

// A `;` inside a $$ body must not split the script.
const FUNCTION_MIGRATION = `CREATE FUNCTION "tag_label_lower"() RETURNS trigger AS $$
BEGIN
  NEW."label" := lower(NEW."label");
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Tag_label_lower" BEFORE INSERT OR UPDATE ON "Tag"
  FOR EACH ROW EXECUTE FUNCTION "tag_label_lower"();
`;

// Creates a table and a row, then fails: none of it may remain.
const FAILING_MIGRATION = `CREATE TABLE "HalfDone" ("id" INTEGER PRIMARY KEY);
INSERT INTO "HalfDone" VALUES (1);
SELECT 1 / 0;
`;

afterAll(async () => {
  if (serverUrl && scratchDatabases.length > 0) {
    await withClient(serverUrl, async (client) => {
      for (const name of scratchDatabases) {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      }
    });
  }
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
}, TIMEOUT);

describe.skipIf(!serverUrl)("Prisma CLI on the schema engine bridge", () => {
  it(
    "applies a migration whose function body contains `;` with migrate deploy",
    async () => {
      const project = await createProject({
        "0001_init": INIT_MIGRATION,
        "0002_function": FUNCTION_MIGRATION,
      });
      const databaseUrl = await createScratchDatabase();

      const deploy = await prisma(project, databaseUrl, ["migrate", "deploy"]);
      expect(deploy.code, deploy.output).toBe(0);
      expect(deploy.output).toContain("0002_function");

      await withClient(databaseUrl, async (client) => {
        const inserted = await client.query<{ label: string }>(
          `INSERT INTO "Tag" ("label") VALUES ('MiXeD') RETURNING "label"`,
        );
        expect(inserted.rows[0]?.label).toBe("mixed");
        const applied = await client.query(
          `SELECT 1 FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`,
        );
        expect(applied.rowCount).toBe(2);
      });

      const again = await prisma(project, databaseUrl, ["migrate", "deploy"]);
      expect(again.code, again.output).toBe(0);
      expect(again.output).toContain("No pending migrations to apply.");
    },
    TIMEOUT,
  );

  it(
    "rolls a failing migration back completely and records it as failed",
    async () => {
      const project = await createProject({ "0001_init": INIT_MIGRATION, "0002_broken": FAILING_MIGRATION });
      const databaseUrl = await createScratchDatabase();

      const deploy = await prisma(project, databaseUrl, ["migrate", "deploy"]);
      expect(deploy.code).not.toBe(0);
      expect(deploy.output).toContain("P3018");
      expect(deploy.output).toContain("0002_broken");
      expect(deploy.output).toContain("division by zero");

      await withClient(databaseUrl, async (client) => {
        const table = await client.query<{ table: string | null }>(
          `SELECT to_regclass('"HalfDone"')::text AS table`,
        );
        expect(table.rows[0]?.table).toBeNull();
        const record = await client.query<{ finished: boolean; rolledBack: boolean }>(
          `SELECT "finished_at" IS NOT NULL AS finished, "rolled_back_at" IS NOT NULL AS "rolledBack"
             FROM "_prisma_migrations" WHERE "migration_name" = '0002_broken'`,
        );
        expect(record.rows).toEqual([{ finished: false, rolledBack: false }]);
      });

      const status = await prisma(project, databaseUrl, ["migrate", "status"]);
      expect(status.code).not.toBe(0);
      expect(status.output).toContain("0002_broken");
    },
    TIMEOUT,
  );

  it(
    "makes migrate diff --exit-code return 0 when equal and 2 on a difference",
    async () => {
      const project = await createProject({
        "0001_init": INIT_MIGRATION,
        "0002_function": FUNCTION_MIGRATION,
      });
      const databaseUrl = await createScratchDatabase();
      const diffArgs = ["migrate", "diff", "--from-migrations", "migrations", "--to-schema", "schema.prisma"];

      const equal = await prisma(project, databaseUrl, [...diffArgs, "--exit-code"]);
      expect(equal.code, equal.output).toBe(0);
      expect(equal.output).toContain("No difference detected.");

      await writeFile(
        path.join(project, "schema.prisma"),
        `${SCHEMA}\nmodel Note {\n  id   Int    @id\n  body String\n}\n`,
      );
      const different = await prisma(project, databaseUrl, [...diffArgs, "--script", "--exit-code"]);
      expect(different.code, different.output).toBe(2);
      expect(different.output).toContain('CREATE TABLE "Note"');

      // Against the live database too, once it is migrated.
      expect((await prisma(project, databaseUrl, ["migrate", "deploy"])).code).toBe(0);
      const live = await prisma(project, databaseUrl, [
        "migrate",
        "diff",
        "--from-config-datasource",
        "--to-schema",
        "schema.prisma",
        "--exit-code",
      ]);
      expect(live.code, live.output).toBe(2);
    },
    TIMEOUT,
  );

  it(
    "records sha256(migration.sql) as the checksum, as a native engine expects",
    async () => {
      const project = await createProject({
        "0001_init": INIT_MIGRATION,
        "0002_function": FUNCTION_MIGRATION,
      });
      const databaseUrl = await createScratchDatabase();

      const deploy = await prisma(project, databaseUrl, ["migrate", "deploy"]);
      expect(deploy.code, deploy.output).toBe(0);

      const expected: Record<string, string> = {};
      for (const name of ["0001_init", "0002_function"]) {
        const bytes = await readFile(path.join(project, "migrations", name, "migration.sql"));
        expected[name] = createHash("sha256").update(bytes).digest("hex");
      }
      const recorded = await withClient(databaseUrl, async (client) => {
        const result = await client.query<{ migration_name: string; checksum: string }>(
          `SELECT "migration_name", "checksum" FROM "_prisma_migrations"`,
        );
        return Object.fromEntries(result.rows.map((row) => [row.migration_name, row.checksum]));
      });
      expect(recorded).toEqual(expected);
    },
    TIMEOUT,
  );
});

/** A throw-away project: schema, migrations and a config that reads DATABASE_URL. */
async function createProject(migrations: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "schema-engine-bridge-"));
  tempDirs.push(dir);
  await writeFile(path.join(dir, "schema.prisma"), SCHEMA);
  await writeFile(
    path.join(dir, "prisma.config.ts"),
    `export default {
  schema: "schema.prisma",
  migrations: { path: "migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
};
`,
  );
  await mkdir(path.join(dir, "migrations"));
  await writeFile(path.join(dir, "migrations", "migration_lock.toml"), 'provider = "postgresql"\n');
  for (const [name, sql] of Object.entries(migrations)) {
    await mkdir(path.join(dir, "migrations", name));
    await writeFile(path.join(dir, "migrations", name, "migration.sql"), sql);
  }
  return dir;
}

/** A new, empty database on the test server; dropped after the tests. */
async function createScratchDatabase(): Promise<string> {
  const name = `bridge_test_${randomBytes(5).toString("hex")}`;
  const server = serverUrl ?? "";
  await withClient(server, (client) => client.query(`CREATE DATABASE "${name}"`));
  scratchDatabases.push(name);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

function prisma(cwd: string, databaseUrl: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [prismaCli, ...args],
      {
        cwd,
        timeout: TIMEOUT - 5_000,
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          PRISMA_SCHEMA_ENGINE_BINARY: bridge,
          PRISMA_HIDE_UPDATE_MESSAGE: "1",
          CHECKPOINT_DISABLE: "1",
        },
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, output: `${stdout}${stderr}` });
      },
    );
  });
}

async function withClient<T>(url: string, action: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end();
  }
}
