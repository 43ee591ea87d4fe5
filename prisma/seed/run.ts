// Loads the reference data in prisma/seed-data into a database. Idempotent: records are upserted
// by their natural keys and their lists replaced, so running it twice leaves the same content.
import { createDbClient, type TDb } from "../../src/server/db-client";
import { loadActivity } from "./load-activities";
import { loadCountrySearch } from "./load-country-search";
import { loadRcp } from "./load-rcps";
import { loadParticipants, loadThemes } from "./load-vocabularies";
import { readSeedData } from "./read-seed-data";
import type { TSeedData } from "./seed-schema";

export async function seedAll(databaseUrl: string) {
  const db = createDbClient(databaseUrl, 2);
  try {
    await seed(db, await readSeedData());
    await loadCountrySearch(db);
  } finally {
    await db.$disconnect();
  }
}

/** Seeds only a database that has no RCP yet, so edits made on the platform are never overwritten. */
export async function seedIfEmpty(databaseUrl: string) {
  const db = createDbClient(databaseUrl, 2);
  try {
    if ((await db.rcp.count()) === 0) await seed(db, await readSeedData());
    await loadCountrySearch(db);
  } finally {
    await db.$disconnect();
  }
}

export async function seed(db: TDb, data: TSeedData) {
  const started = Date.now();
  await db.$transaction(
    async (tx) => {
      await loadThemes(tx, data);
      const themes = new Map(
        (await tx.theme.findMany({ select: { id: true, slug: true } })).map((t) => [t.slug, t.id]),
      );
      const participants = await loadParticipants(tx, data);
      const rcpIds = new Map<string, string>();
      for (const rcp of data.rcps) rcpIds.set(rcp.slug, await loadRcp(tx, rcp, participants, themes));
      for (const activity of data.activities) await loadActivity(tx, activity, rcpIds);
    },
    { timeout: 120_000 },
  );
  console.log(
    `Loaded the reference data: ${data.rcps.length} RCPs, ${data.themes.length} themes, ${data.organisations.length} organisations, ${data.activities.length} activities (${Date.now() - started} ms).`,
  );
}
