// @ts-check
// `schema-engine --datasource <json> cli <command>`: the one-shot commands the CLI runs before
// migrate/db commands to check the database exists and create it if not. The WASM engine has no
// equivalent (it needs a working connection to start), so they are done with node-postgres here.
// The CLI skips the first stderr line, parses the rest as JSON, and takes the error code and
// message from the ERROR record with target "schema_engine::logger"; the exit code is 0 or 1.

import pg from "pg";
import { quoteIdentifier, withDatabase } from "./datasource.mjs";
import { writeLog } from "./log.mjs";
import { connectionErrorToUserFacing } from "./user-facing-errors.mjs";
import { engineGitHash } from "./wasm-engine.mjs";

/** @typedef {import("./datasource.mjs").Datasource} Datasource */
/** @typedef {import("./user-facing-errors.mjs").UserFacingError} UserFacingError */

/** Databases to run CREATE/DROP DATABASE from, as the native engine tries them. */
const MAINTENANCE_DATABASES = ["postgres", "template1"];

/**
 * @param {string | undefined} command
 * @param {() => Datasource} getDatasource Parses `--datasource` (may throw a P1013 error).
 * @returns {Promise<number>} The exit code.
 */
export async function runCliCommand(command, getDatasource) {
  writeLog("INFO", { message: "Starting schema engine CLI", git_hash: engineGitHash() }, "schema_engine");
  try {
    const datasource = getDatasource();
    switch (command) {
      case "can-connect-to-database":
        await canConnect(datasource);
        writeLog("INFO", { message: "Connection successful" }, "schema_engine");
        return 0;
      case "create-database":
        await createDatabase(datasource);
        writeLog(
          "INFO",
          { message: `Database '${datasource.database}' was successfully created.` },
          "schema_engine",
        );
        return 0;
      case "drop-database":
        await dropDatabase(datasource);
        writeLog("INFO", { message: `The database was successfully dropped.` }, "schema_engine");
        return 0;
      default:
        reportError({ errorCode: undefined, message: `Unknown cli command: ${command ?? "(none)"}` });
        return 1;
    }
  } catch (error) {
    reportError(toUserFacing(error));
    return 1;
  }
}

/**
 * Connects to the database the URL names, and nothing more.
 * @param {Datasource} datasource
 */
export async function canConnect(datasource) {
  await withClient(datasource, async () => {});
}

/**
 * Creates the database the URL names, connecting to a maintenance database on the same server.
 * @param {Datasource} datasource
 * @returns {Promise<string>} The name of the created database.
 */
export async function createDatabase(datasource) {
  await onMaintenanceDatabase(datasource, (client) =>
    client.query(`CREATE DATABASE ${quoteIdentifier(datasource.database)}`),
  );
  return datasource.database;
}

/** @param {Datasource} datasource */
async function dropDatabase(datasource) {
  await onMaintenanceDatabase(datasource, (client) =>
    client.query(`DROP DATABASE ${quoteIdentifier(datasource.database)}`),
  );
}

/**
 * @param {Datasource} datasource
 * @param {(client: pg.Client) => Promise<unknown>} action
 */
async function onMaintenanceDatabase(datasource, action) {
  /** @type {unknown} */
  let connectError;
  for (const database of MAINTENANCE_DATABASES) {
    const maintenance = withDatabase(datasource, database);
    let connected = false;
    try {
      await withClient(maintenance, async (client) => {
        connected = true;
        await action(client);
      });
      return;
    } catch (error) {
      // Errors of the statement itself are final; only a failed connection tries the next database.
      if (connected) throw new UserFacingFailure(statementErrorToUserFacing(error, datasource), error);
      connectError ??= error;
    }
  }
  throw connectError;
}

/**
 * @param {unknown} error
 * @param {Datasource} datasource
 * @returns {UserFacingError}
 */
function statementErrorToUserFacing(error, datasource) {
  const userFacing = connectionErrorToUserFacing(error, datasource);
  if (userFacing.errorCode === "P1009" || userFacing.errorCode === "P1001") return userFacing;
  return {
    errorCode: undefined,
    message: error instanceof Error ? `ERROR: ${error.message}` : String(error),
  };
}

/**
 * @param {Datasource} datasource
 * @param {(client: pg.Client) => Promise<void>} action
 */
async function withClient(datasource, action) {
  const client = new pg.Client(datasource.connectionConfig);
  client.on("error", () => {});
  try {
    try {
      await client.connect();
    } catch (error) {
      throw new UserFacingFailure(connectionErrorToUserFacing(error, datasource), error);
    }
    await action(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** An error already translated into Prisma's terms. */
export class UserFacingFailure extends Error {
  /**
   * @param {UserFacingError} userFacing
   * @param {unknown} [cause]
   */
  constructor(userFacing, cause) {
    super(userFacing.message, { cause });
    this.name = "UserFacingFailure";
    this.userFacing = userFacing;
  }
}

/**
 * @param {unknown} error
 * @returns {UserFacingError}
 */
function toUserFacing(error) {
  if (error instanceof UserFacingFailure) return error.userFacing;
  const errorCode = /** @type {{ errorCode?: unknown }} */ (error ?? {}).errorCode;
  return {
    errorCode: typeof errorCode === "string" ? errorCode : undefined,
    message: error instanceof Error ? error.message : String(error),
  };
}

/** @param {UserFacingError} error */
function reportError(error) {
  writeLog("ERROR", {
    is_panic: false,
    message: error.message,
    ...(error.meta ? { meta: error.meta } : {}),
    ...(error.errorCode ? { error_code: error.errorCode } : {}),
  });
}
