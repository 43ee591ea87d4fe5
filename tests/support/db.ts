import pg from "pg";
import { inject } from "vitest";
import { createDbClient, type TDb } from "~/server/db-client";

let client: TDb | undefined;
let pool: pg.Pool | undefined;

/** The test run's database (see tests/integration/global-setup.ts), one client per worker. */
export function testDb(): TDb {
  client ??= createDbClient(inject("databaseUrl"), 4);
  return client;
}

/** A plain pg pool on the same database, for the rate limiters' store. */
export function testPool(): pg.Pool {
  pool ??= new pg.Pool({ connectionString: inject("databaseUrl"), max: 2 });
  return pool;
}
