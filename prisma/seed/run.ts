// Loads the reference data in prisma/seed-data into a database. Idempotent: every row is an
// upsert keyed by its natural key, so running it twice leaves the same rows.
import { createDbClient, type TDb } from "../../src/server/db-client";
import { readSeedData } from "./read-seed-data";
import { loadRcps } from "./load-rcps";

export async function seedAll(databaseUrl: string) {
  const db = createDbClient(databaseUrl, 2);
  try {
    await seed(db);
  } finally {
    await db.$disconnect();
  }
}

/** Seeds only a database that has no RCP yet, so edits made on the platform are never overwritten. */
export async function seedIfEmpty(databaseUrl: string) {
  const db = createDbClient(databaseUrl, 2);
  try {
    if ((await db.rcp.count()) > 0) return;
    await seed(db);
  } finally {
    await db.$disconnect();
  }
}

async function seed(db: TDb) {
  const started = Date.now();
  const data = await readSeedData();
  await db.$transaction(async (tx) => loadRcps(tx, data.rcps), { timeout: 60_000 });
  console.log(`Loaded the reference data: ${data.rcps.length} RCPs (${Date.now() - started} ms).`);
}
