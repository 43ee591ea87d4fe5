// @ts-check
// `schema-engine [--datamodels <file>]… --datasource <json>`: the JSON-RPC 2.0 server behind
// `prisma migrate …`, `db push`, `db pull` and `migrate diff`. The CLI writes one request per line
// on stdin, reads one response per line on stdout, and ends the session by closing stdin (and
// killing the process right after). Requests are answered one at a time by the WASM engine, as
// the native engine does; `diff` output goes back to the CLI as a `print` request, because that is
// how the native engine shows it. Errors are rendered the way the native engine renders them, so
// the CLI prints its usual messages; a panic is logged with is_panic and exits with 101.

import { readFile } from "node:fs/promises";
import readline from "node:readline";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { canConnect, createDatabase, UserFacingFailure } from "./cli-mode.mjs";
import { parseDatasourceUrl } from "./datasource.mjs";
import { exitAfterFlush, forwardEngineLog, writeJsonLine, writeLog } from "./log.mjs";
import { BridgePgAdapterFactory } from "./pg-adapter-fixes.mjs";
import { createSchemaEngine, isWasmPanic, panicMessage } from "./wasm-engine.mjs";

/** @typedef {import("./wasm-engine.mjs").SchemaEngine} SchemaEngine */
/** @typedef {{ jsonrpc: "2.0", id?: number | string | null, method: string, params?: any }} RpcRequest */
/** @typedef {{ is_panic: boolean, message: string, meta?: Record<string, unknown>, error_code?: string, backtrace?: string | null }} ErrorData */

/** The JSON-RPC error code the native engine uses for every engine error. */
const ENGINE_ERROR_CODE = 4466;
const ENGINE_ERROR_MESSAGE = "An error happened. Check the data field for details.";
const SHUTDOWN_GRACE_MS = 5000;
/** After a fatal error, how long to wait for the CLI to end the session before exiting anyway. */
const FATAL_EXIT_DELAY_MS = 5000;

/**
 * Methods answered by the engine method of the same name.
 * @type {Record<string, (engine: SchemaEngine, params: any) => Promise<unknown>>}
 */
const ENGINE_METHODS = {
  applyMigrations: (engine, params) => engine.applyMigrations(params),
  createMigration: (engine, params) =>
    withMigrationsCached(engine, params, () => engine.createMigration(params)),
  dbExecute: (engine, params) => engine.dbExecute(params),
  devDiagnostic: (engine, params) => engine.devDiagnostic(params),
  diagnoseMigrationHistory: (engine, params) => engine.diagnoseMigrationHistory(params),
  ensureConnectionValidity: (engine, params) => engine.ensureConnectionValidity(params),
  evaluateDataLoss: (engine, params) =>
    withMigrationsCached(engine, params, () => engine.evaluateDataLoss(params)),
  introspect: (engine, params) => engine.introspect({ ...params, namespaces: params?.namespaces ?? null }),
  introspectSql: (engine, params) => engine.introspectSql(params),
  markMigrationApplied: (engine, params) => engine.markMigrationApplied(params),
  markMigrationRolledBack: (engine, params) => engine.markMigrationRolledBack(params),
  reset: (engine, params) => engine.reset(params),
  schemaPush: (engine, params) => engine.schemaPush(params),
};

class MethodNotFoundError extends Error {}

/**
 * evaluateDataLoss and createMigration replay the migrations on a shadow database only through
 * the engine's cache of replayed histories; on a miss the WASM engine has no way to reach a
 * shadow database ("PostgreSQL shadow DB must be provided through an external factory"). That
 * happens in `migrate dev` right after it applied pending migrations. diagnoseMigrationHistory
 * replays the applied migrations — by then all of them — through the adapter factory and fills
 * the cache, after which the call succeeds.
 * @template T
 * @param {SchemaEngine} engine
 * @param {{ migrationsList: any, filters: any }} params
 * @param {() => Promise<T>} call
 * @returns {Promise<T>}
 */
async function withMigrationsCached(engine, params, call) {
  try {
    return await call();
  } catch (error) {
    if (
      !(error instanceof Error) ||
      !error.message.includes("shadow DB must be provided through an external factory")
    ) {
      throw error;
    }
    await engine.diagnoseMigrationHistory({
      migrationsList: params.migrationsList,
      optInToShadowDatabase: true,
      filters: params.filters,
    });
    return call();
  }
}

/**
 * @param {{ datamodelPaths: string[], datasource: { url?: string, shadowDatabaseUrl?: string } | undefined }} options
 */
export function runRpcServer({ datamodelPaths, datasource }) {
  const session = new RpcSession(datasource);
  process.on("uncaughtException", (error) => session.fail(error));
  process.on("unhandledRejection", (reason) => session.fail(reason));
  process.on("SIGTERM", () => void session.shutdown());
  process.on("SIGINT", () => void session.shutdown());

  /** @type {Promise<[string, string][] | undefined>} */
  const datamodels =
    datamodelPaths.length > 0
      ? Promise.all(datamodelPaths.map(async (file) => [file, await readFile(file, "utf8")]))
      : Promise.resolve(undefined);
  session.start(datamodels);

  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => session.receive(line));
  lines.on("close", () => session.endOfInput());
}

class RpcSession {
  /** @type {BridgePgAdapterFactory | undefined} */
  #factory;
  /** @type {unknown} */
  #factoryError;
  /** @type {Promise<SchemaEngine> | undefined} */
  #engine;
  /** @type {Promise<unknown>} */
  #queue = Promise.resolve();
  /** @type {RpcRequest | undefined} The request being worked on, not answered yet. */
  #current;
  /** @type {Map<number, () => void>} */
  #pendingPrints = new Map();
  #nextPrintId = 1;
  /** @type {{ data: ErrorData, exitCode: number } | undefined} Set after a panic or a bug: nothing more is done. */
  #fatal;
  #shuttingDown = false;

  /** @param {{ url?: string, shadowDatabaseUrl?: string } | undefined} datasource */
  constructor(datasource) {
    try {
      this.#factory = new BridgePgAdapterFactory(datasource ?? {});
    } catch (error) {
      this.#factoryError = error;
    }
  }

  /**
   * Starts the engine right away, so loading the WASM overlaps with the CLI's own work; a failure
   * is reported on the first request, like the native engine's lazy connection.
   * @param {Promise<[string, string][] | undefined>} datamodels The `--datamodels` files, read.
   */
  start(datamodels) {
    const factory = this.#factory;
    this.#engine = factory
      ? datamodels.then((files) =>
          createSchemaEngine(
            { datamodels: files },
            (log) => forwardEngineLog(log),
            bindMigrationAwareSqlAdapterFactory(factory),
          ).catch((error) => this.#explainStartFailure(error, factory)),
        )
      : Promise.reject(this.#factoryError);
    this.#engine.catch(() => {});
  }

  /** @param {string} line */
  receive(line) {
    if (line.trim() === "") return;
    /** @type {any} */
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      this.#send({ jsonrpc: "2.0", error: { code: -32700, message: "Parse error" }, id: null });
      return;
    }
    if (typeof message?.method === "string") {
      this.#queue = this.#queue.then(() => this.#handle(message));
    } else if (message?.id !== undefined) {
      // The CLI acknowledging one of our `print` requests.
      this.#pendingPrints.get(message.id)?.();
      this.#pendingPrints.delete(message.id);
    }
  }

  /** The CLI closed stdin: the session is over once the request in progress is answered. */
  endOfInput() {
    for (const acknowledge of this.#pendingPrints.values()) acknowledge();
    this.#pendingPrints.clear();
    if (this.#fatal) void this.shutdown();
    else void this.#queue.then(() => this.shutdown());
  }

  /**
   * Ends connections and temporary databases, then exits (101 after a panic, as natively).
   * @param {number} [code]
   */
  async shutdown(code = this.#fatal?.exitCode ?? 0) {
    if (this.#shuttingDown) return;
    this.#shuttingDown = true;
    const grace = new Promise((resolve) => setTimeout(resolve, SHUTDOWN_GRACE_MS).unref());
    await Promise.race([this.#factory?.close(), grace]);
    await exitAfterFlush(code);
  }

  /**
   * An error nobody caught: a panic of the engine (which leaves it unusable), or a bug of the
   * bridge. Like the native engine, log it (with is_panic for a panic), answer the request in
   * progress with it, and exit — 101 for a panic, 1 otherwise — once the CLI has ended the
   * session: the CLI waits for the engine to exit when it ends a session, and would wait forever
   * for one that is already gone.
   * @param {unknown} error
   */
  fail(error) {
    if (this.#fatal) return;
    const panic = isWasmPanic(error);
    /** @type {ErrorData} */
    const data = panic
      ? {
          is_panic: true,
          message: panicMessage(error),
          backtrace: error instanceof Error ? (error.stack ?? "") : "",
        }
      : {
          is_panic: false,
          message: error instanceof Error ? (error.stack ?? error.message) : String(error),
          backtrace: null,
        };
    this.#fatal = { data, exitCode: panic ? 101 : 1 };
    writeLog("ERROR", { ...data });
    if (this.#current) this.#answerWithFatalError(this.#current);
    setTimeout(() => void this.shutdown(), FATAL_EXIT_DELAY_MS);
  }

  /** @param {RpcRequest} request */
  #answerWithFatalError(request) {
    if (this.#current === request) this.#current = undefined;
    if (!this.#fatal || request.id === undefined) return;
    const message = `Error in Schema engine.\nReason: ${this.#fatal.data.message}\n`;
    this.#send({
      jsonrpc: "2.0",
      error: { code: ENGINE_ERROR_CODE, message, data: this.#fatal.data },
      id: request.id,
    });
  }

  /** @param {RpcRequest} request */
  async #handle(request) {
    if (this.#shuttingDown) return;
    if (this.#fatal) return this.#answerWithFatalError(request);
    this.#current = request;
    const factory = this.#factory;
    factory?.resetFailures();
    /** @type {Record<string, unknown>} */
    let response;
    try {
      const result = await this.#dispatch(request.method, request.params);
      response = { jsonrpc: "2.0", result: result === undefined ? {} : result, id: request.id };
    } catch (error) {
      if (isWasmPanic(error)) return this.fail(error);
      if (error instanceof MethodNotFoundError) {
        response = { jsonrpc: "2.0", error: { code: -32601, message: "Method not found" }, id: request.id };
      } else {
        const data = errorData(error, factory);
        response = {
          jsonrpc: "2.0",
          error: { code: ENGINE_ERROR_CODE, message: ENGINE_ERROR_MESSAGE, data },
          id: request.id,
        };
      }
    }
    // The CLI may end the process as soon as it has the response: clean up first.
    await factory?.releaseShadowDatabases();
    if (this.#current !== request) return; // already answered, after a fatal error
    this.#current = undefined;
    if (request.id !== undefined) this.#send(response);
  }

  /**
   * @param {string} method
   * @param {any} params
   * @returns {Promise<unknown>}
   */
  async #dispatch(method, params) {
    switch (method) {
      case "createDatabase": {
        const url =
          params?.datasource?.tag === "ConnectionString" ? params.datasource.url : this.#factory?.main.url;
        return { databaseName: await createDatabase(parseDatasourceUrl(url)) };
      }
      case "getDatabaseVersion":
        return (await this.#getEngine()).version();
      case "diff": {
        const result = await (await this.#getEngine()).diff(params);
        if (typeof result.stdout === "string" && result.stdout !== "") await this.#print(result.stdout);
        return { exitCode: result.exitCode };
      }
      case "debugPanic":
        (await this.#getEngine()).debugPanic();
        return {};
      default: {
        const call = Object.hasOwn(ENGINE_METHODS, method) ? ENGINE_METHODS[method] : undefined;
        if (!call) throw new MethodNotFoundError(method);
        return call(await this.#getEngine(), params);
      }
    }
  }

  /** @returns {Promise<SchemaEngine>} */
  #getEngine() {
    if (!this.#engine) throw new Error("The schema engine has not been started.");
    return this.#engine;
  }

  /**
   * Shows text on the CLI's stdout (its `print` method) and waits until it has.
   * @param {string} content
   */
  #print(content) {
    const id = this.#nextPrintId++;
    return new Promise((resolve) => {
      this.#pendingPrints.set(id, () => resolve(undefined));
      this.#send({ jsonrpc: "2.0", method: "print", params: { content }, id });
    });
  }

  /** @param {unknown} message */
  #send(message) {
    writeJsonLine(process.stdout, message, jsonReplacer);
  }

  /**
   * The engine could not connect. Say why in Prisma's terms (P1001, P1000, …) when a plain
   * connection attempt fails the same way; otherwise keep the engine's message.
   * @param {unknown} error
   * @param {BridgePgAdapterFactory} factory
   * @returns {Promise<never>}
   */
  async #explainStartFailure(error, factory) {
    if (isWasmPanic(error)) throw error;
    try {
      await canConnect(factory.main);
    } catch (connectionError) {
      if (connectionError instanceof UserFacingFailure && connectionError.userFacing.errorCode) {
        throw connectionError;
      }
    }
    throw error;
  }
}

/**
 * Renders an error the way the native engine puts it in a JSON-RPC error's `data`.
 * @param {unknown} error
 * @param {BridgePgAdapterFactory | undefined} factory
 * @returns {ErrorData}
 */
function errorData(error, factory) {
  if (error instanceof UserFacingFailure) {
    const { errorCode, message, meta } = error.userFacing;
    return errorCode
      ? { is_panic: false, message, meta: meta ?? {}, error_code: errorCode }
      : { is_panic: false, message, backtrace: null };
  }
  const message = error instanceof Error ? error.message : String(error);
  const { code, errorCode, meta } = /** @type {{ code?: unknown, errorCode?: unknown, meta?: any }} */ (
    error instanceof Error ? error : {}
  );
  // Known errors of the engine carry their Prisma code; the bridge's own errors an errorCode.
  for (const candidate of [code, errorCode]) {
    if (typeof candidate === "string" && /^P\d{4}$/.test(candidate)) {
      return { is_panic: false, message, meta: meta ?? {}, error_code: candidate };
    }
  }
  // Errors raised while connecting (e.g. creating the shadow database) reach the engine without
  // their message; report the original.
  const connectFailure = factory?.lastConnectFailure;
  if (connectFailure !== undefined && connectFailure !== error) return errorData(connectFailure, undefined);

  const migrationFailure = applyMigrationError(message, factory);
  if (migrationFailure) return migrationFailure;
  return { is_panic: false, message, backtrace: null };
}

/**
 * A migration script that failed against the main database is reported as P3018, with the
 * database's error code, like the native engine does (the WASM engine has only a generic error).
 * @param {string} message
 * @param {BridgePgAdapterFactory | undefined} factory
 * @returns {ErrorData | undefined}
 */
function applyMigrationError(message, factory) {
  const migrationName = /apply_migration::apply_script\s+with migration_name="([^"]*)"/.exec(message)?.[1];
  const failure = factory?.lastScriptFailure;
  if (migrationName === undefined || !failure) return undefined;
  const databaseError = [
    `ERROR: ${failure.message}`,
    failure.detail && `DETAIL: ${failure.detail}`,
    failure.hint && `HINT: ${failure.hint}`,
  ]
    .filter(Boolean)
    .join("\n");
  return {
    is_panic: false,
    message:
      "A migration failed to apply. New migrations cannot be applied before the error is recovered from. " +
      "Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve" +
      `\n\nMigration name: ${migrationName}\n\nDatabase error code: ${failure.code}\n\nDatabase error:\n${databaseError}\n`,
    meta: { migration_name: migrationName, database_error_code: failure.code, database_error: databaseError },
    error_code: "P3018",
  };
}

/**
 * Engine results may hold Maps or BigInts, which JSON.stringify would lose or reject.
 * @param {string} _key
 * @param {unknown} value
 */
function jsonReplacer(_key, value) {
  if (value instanceof Map) return Object.fromEntries(value);
  if (typeof value === "bigint")
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  return value;
}
