// A database of its own for a test file that must see the whole of a table: "the last active
// administrator" or "no row changed anywhere" mean nothing while other files write beside it.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { migrateDeploy } from "../../scripts/lib/prisma-cli";
import { createDbClient, type TDb } from "~/server/db-client";

export type TScratchDb = { db: TDb; url: string; drop: () => Promise<void> };

/** A new, migrated, empty database on the test run's server. */
export async function createScratchDb(): Promise<TScratchDb> {
  const serverUrl = new URL(inject("databaseUrl"));
  const name = `rcp_scratch_${randomBytes(4).toString("hex")}`;
  await onServer(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await migrateDeploy(url.toString());
  const db = createDbClient(url.toString(), 4);
  return {
    db,
    url: url.toString(),
    drop: async () => {
      await db.$disconnect();
      await onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function onServer(serverUrl: URL, sql: string) {
  const url = new URL(serverUrl);
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
