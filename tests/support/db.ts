import { inject } from "vitest";
import { createDbClient, type TDb } from "~/server/db-client";

let client: TDb | undefined;

/** The test run's database (see tests/integration/global-setup.ts), one client per worker. */
export function testDb(): TDb {
  client ??= createDbClient(inject("databaseUrl"), 4);
  return client;
}
