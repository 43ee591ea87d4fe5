// @ts-check
// `migrate dev` and `migrate diff --from-migrations` replay the migration history on a throw-away
// "shadow" database. @prisma/adapter-pg's connectToShadowDb() creates one but then connects to the
// main database (the connection string overrides the database it sets), so the engine would reset
// and rebuild the real database. The bridge creates and drops the temporary database itself, under
// the name the native engine uses. A shadow database configured with `shadowDatabaseUrl` is
// emptied before each use instead, as the native engine does (the WASM engine expects a fresh one).

import { randomUUID } from "node:crypto";
import pg from "pg";
import { quoteIdentifier } from "./datasource.mjs";
import { writeLog } from "./log.mjs";
import { errorParts } from "./user-facing-errors.mjs";

/** Raised when the database user may not create the shadow database (P3014, as natively). */
export class ShadowDatabaseCreationError extends Error {
  /** @param {unknown} cause */
  constructor(cause) {
    const { code, message } = errorParts(cause);
    super(
      "Prisma Migrate could not create the shadow database. Please make sure the database user has permission " +
        "to create databases. Read more about the shadow database (and workarounds) at " +
        `https://pris.ly/d/migrate-shadow\n\nOriginal error: ${code ?? ""}\n${message}`,
    );
    this.name = "ShadowDatabaseCreationError";
    this.errorCode = "P3014";
  }
}

/**
 * Creates an empty database next to the main one and returns its name.
 * @param {import("./datasource.mjs").Datasource} main
 * @returns {Promise<string>}
 */
export async function createShadowDatabase(main) {
  const name = `prisma_migrate_shadow_db_${randomUUID()}`;
  try {
    await runOnServer(main, `CREATE DATABASE ${quoteIdentifier(name)}`);
  } catch (error) {
    throw new ShadowDatabaseCreationError(error);
  }
  return name;
}

/**
 * Drops a shadow database; connections still open to it are ended (PostgreSQL 13+).
 * @param {import("./datasource.mjs").Datasource} main
 * @param {string} name
 */
export async function dropShadowDatabase(main, name) {
  const drop = `DROP DATABASE IF EXISTS ${quoteIdentifier(name)}`;
  try {
    try {
      await runOnServer(main, `${drop} WITH (FORCE)`);
    } catch (error) {
      // PostgreSQL before 13 has no WITH (FORCE).
      if (errorParts(error).code !== "42601") throw error;
      await runOnServer(main, drop);
    }
  } catch (error) {
    writeLog("WARN", {
      message: `Could not drop the shadow database "${name}": ${errorParts(error).message}`,
    });
  }
}

/**
 * Empties the schema of a configured shadow database (`shadowDatabaseUrl`) before the history is
 * replayed on it.
 * @param {import("./datasource.mjs").Datasource} shadow
 */
export async function resetConfiguredShadowDatabase(shadow) {
  const schema = quoteIdentifier(shadow.schema ?? "public");
  await runOnServer(shadow, `DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema};`);
}

/**
 * Runs SQL on a short-lived connection to the given database.
 * @param {import("./datasource.mjs").Datasource} datasource
 * @param {string} sql
 */
async function runOnServer(datasource, sql) {
  const client = new pg.Client(datasource.connectionConfig);
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query(sql);
  } finally {
    await client.end().catch(() => {});
  }
}
