// @ts-check
// The driver-adapter factory the WASM engine talks to PostgreSQL through: @prisma/adapter-pg, with
// its 7.10 shortcomings for migrations worked around in this process only.
//  1. The internal `"char"` type (OID 18) is unmapped, so every read of pg_catalog columns such as
//     pg_proc.prokind fails ("Column type 'char' could not be deserialized") as soon as the
//     database holds a function. Such columns are reported as Character, as the engine expects.
//  2. executeScript() splits scripts on every `;`, which breaks `$$ … ; … $$` bodies and runs each
//     statement in its own transaction, so a failing migration stays half-applied. Scripts are sent
//     whole, as one simple query: PostgreSQL runs them in one implicit transaction, like natively.
//  3. connectToShadowDb() ends up on the main database; see shadow-database.mjs.
// Connections use the settings of datasource.mjs (search_path from `?schema=`), and the engine is
// told that schema, as the native engine would be.

import { ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { isSameDatabase, parseDatasourceUrl, withDatabase } from "./datasource.mjs";
import {
  createShadowDatabase,
  dropShadowDatabase,
  resetConfiguredShadowDatabase,
} from "./shadow-database.mjs";

/** @typedef {import("@prisma/driver-adapter-utils").SqlDriverAdapter} SqlDriverAdapter */
/** @typedef {import("@prisma/driver-adapter-utils").SqlQuery} SqlQuery */
/** @typedef {import("@prisma/driver-adapter-utils").SqlQueryable} SqlQueryable */
/** @typedef {import("@prisma/driver-adapter-utils").SqlMigrationAwareDriverAdapterFactory} SqlMigrationAwareDriverAdapterFactory */
/** @typedef {import("./datasource.mjs").Datasource} Datasource */

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * @typedef {object} ScriptFailure The last error PostgreSQL raised for a migration script.
 * @property {string} code SQLSTATE
 * @property {string} message
 * @property {string | undefined} detail
 * @property {string | undefined} hint
 */

/** @implements {SqlMigrationAwareDriverAdapterFactory} */
export class BridgePgAdapterFactory {
  provider = /** @type {const} */ ("postgres");
  adapterName = "@prisma/adapter-pg";

  /** @type {Set<pg.Pool>} */
  #openPools = new Set();
  /** Temporary shadow databases still around, with the pool connected to each. */
  /** @type {Map<string, pg.Pool>} */
  #shadowDatabases = new Map();

  /** @type {ScriptFailure | undefined} */
  lastScriptFailure;
  /**
   * Why the last shadow database could not be provided; the engine gets such errors without
   * their message.
   * @type {unknown}
   */
  lastConnectFailure;

  /**
   * @param {{ url?: string, shadowDatabaseUrl?: string }} datasource The CLI's `--datasource`.
   */
  constructor(datasource) {
    /** @type {Datasource} */
    this.main = parseDatasourceUrl(datasource.url);
    /** @type {Datasource | undefined} */
    this.shadow = datasource.shadowDatabaseUrl ? parseDatasourceUrl(datasource.shadowDatabaseUrl) : undefined;
  }

  /** Forgets the failures recorded during the previous request. */
  resetFailures() {
    this.lastScriptFailure = undefined;
    this.lastConnectFailure = undefined;
  }

  /** @returns {Promise<SqlDriverAdapter>} */
  connect() {
    return this.#connect(this.main);
  }

  /** @returns {Promise<SqlDriverAdapter>} */
  async connectToShadowDb() {
    try {
      return await this.#connectToShadowDb();
    } catch (error) {
      this.lastConnectFailure = error;
      throw error;
    }
  }

  /** @returns {Promise<SqlDriverAdapter>} */
  async #connectToShadowDb() {
    if (this.shadow) {
      if (isSameDatabase(this.shadow, this.main)) {
        throw new Error(
          "The shadow database you configured appears to be the same as the main database. Please specify another shadow database.",
        );
      }
      await resetConfiguredShadowDatabase(this.shadow);
      return this.#connect(this.shadow);
    }
    const name = await createShadowDatabase(this.main);
    // Same server and settings, including ?schema=: the history is replayed into the same schema.
    const shadow = withDatabase(this.main, name);
    return this.#connect(
      shadow,
      async () => {
        this.#shadowDatabases.delete(name);
        await dropShadowDatabase(this.main, name);
      },
      (pool) => this.#shadowDatabases.set(name, pool),
    );
  }

  /**
   * Drops the temporary shadow databases of the command that just ran, should the engine not have
   * released them.
   */
  async releaseShadowDatabases() {
    const shadows = [...this.#shadowDatabases];
    this.#shadowDatabases.clear();
    for (const [name, pool] of shadows) {
      await this.#endPool(pool);
      await dropShadowDatabase(this.main, name);
    }
  }

  /** Closes every connection and drops leftover shadow databases; the process can then exit. */
  async close() {
    await this.releaseShadowDatabases();
    await Promise.all([...this.#openPools].map((pool) => this.#endPool(pool)));
  }

  /** @param {pg.Pool} pool */
  async #endPool(pool) {
    if (!this.#openPools.delete(pool)) return;
    await pool.end().catch(() => {});
  }

  /**
   * @param {Datasource} datasource
   * @param {() => Promise<void>} [afterDispose]
   * @param {(pool: pg.Pool) => void} [onPool]
   * @returns {Promise<SqlDriverAdapter>}
   */
  async #connect(datasource, afterDispose, onPool) {
    const pool = new pg.Pool(datasource.connectionConfig);
    this.#openPools.add(pool);
    onPool?.(pool);
    const adapter = await new PrismaPg(pool, { schema: datasource.schema }).connect();

    reportCharColumnsAsCharacter(adapter);
    this.#sendScriptsWhole(adapter, pool);

    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const transaction = await startTransaction(isolationLevel);
      reportCharColumnsAsCharacter(transaction);
      return transaction;
    };

    adapter.dispose = async () => {
      // adapter-pg leaves a pool it was handed open; this one is ours to end.
      await this.#endPool(pool);
      await afterDispose?.();
    };
    return adapter;
  }

  /**
   * @param {SqlDriverAdapter} adapter
   * @param {pg.Pool} pool
   */
  #sendScriptsWhole(adapter, pool) {
    const onError = /** @type {((error: unknown) => never) | undefined} */ (Reflect.get(adapter, "onError"));
    adapter.executeScript = async (script) => {
      try {
        await pool.query(script);
      } catch (error) {
        const pgError = /** @type {Partial<import("pg").DatabaseError>} */ (error);
        if (typeof pgError.code === "string" && typeof pgError.message === "string") {
          this.lastScriptFailure = {
            code: pgError.code,
            message: pgError.message,
            detail: pgError.detail,
            hint: pgError.hint,
          };
        }
        // The adapter's own conversion turns it into the DriverAdapterError the engine understands.
        if (onError) onError.call(adapter, error);
        throw error;
      }
    };
  }
}

/**
 * @param {SqlQueryable} queryable An adapter or transaction of @prisma/adapter-pg.
 */
function reportCharColumnsAsCharacter(queryable) {
  // adapter-pg runs every query through performIO() and maps the returned field types right after.
  const performIO = Reflect.get(queryable, "performIO");
  if (typeof performIO !== "function") {
    throw new Error(
      "@prisma/adapter-pg no longer has performIO(); review prisma/schema-engine/pg-adapter-fixes.mjs",
    );
  }
  /** @type {WeakMap<SqlQuery, number[]>} */
  const charColumnsByQuery = new WeakMap();

  Reflect.set(
    queryable,
    "performIO",
    /** @param {SqlQuery} query */
    async function (query) {
      const result = /** @type {import("pg").QueryResult | import("pg").QueryResult[]} */ (
        await performIO.call(queryable, query)
      );
      // Scripts of several statements (db execute) yield one result per statement and no columns.
      if (Array.isArray(result)) return result;
      /** @type {number[]} */
      const charColumns = [];
      result.fields.forEach((field, index) => {
        if (field.dataTypeID === PG_CHAR_OID) {
          charColumns.push(index);
          field.dataTypeID = PG_TEXT_OID;
        }
      });
      if (charColumns.length > 0) charColumnsByQuery.set(query, charColumns);
      return result;
    },
  );

  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const resultSet = await queryRaw(query);
    for (const index of charColumnsByQuery.get(query) ?? []) {
      resultSet.columnTypes[index] = ColumnTypeEnum.Character;
    }
    return resultSet;
  };
}
