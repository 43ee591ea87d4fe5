// One fresh PostgreSQL per test run: the embedded server in a throw-away folder (or, with
// TEST_DATABASE_URL, a new database on that server), migrated and seeded once.
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { freePort } from "../../scripts/lib/free-port";
import { migrateDeploy } from "../../scripts/lib/prisma-cli";
import { seedAll } from "../../prisma/seed/run";
import "../support/fail-on-overlapping-queries";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL;
  const database = external ? await createScratchDatabase(external) : await startEmbedded();
  await migrateDeploy(database.url);
  await seedAll(database.url);
  project.provide("databaseUrl", database.url);
  // Test workers start after this and inherit it; the schema-engine tests run the Prisma CLI with it.
  process.env.DATABASE_URL = database.url;
  return database.stop;
}

async function startEmbedded() {
  const port = await freePort();
  const server = await startEmbeddedPostgres({
    dataDir: path.resolve(".data", `test-postgres-${port}`),
    port,
    database: "rcp_exchange_test",
    isEphemeral: true,
  });
  return { url: server.url, stop: server.stop };
}

async function createScratchDatabase(serverUrl: string) {
  const name = `rcp_test_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    stop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
