// @ts-check
// The Prisma CLI reads the schema engine's stderr as JSON lines in the engine's tracing format
// ({ timestamp, level, fields: { message, … }, target }): `cli` subcommands take their error code
// from it, and the RPC client shows the last ERROR line when the engine exits. Everything this
// process writes to stderr goes through here, so no stray text can make that output unparseable.

/** @typedef {"ERROR" | "WARN" | "INFO" | "DEBUG" | "TRACE"} LogLevel */
/** @typedef {{ message: string } & Record<string, unknown>} LogFields */

/** The target the native engine uses for the errors it reports itself. */
export const LOGGER_TARGET = "schema_engine::logger";

/**
 * @param {LogLevel} level
 * @param {LogFields} fields
 * @param {string} [target]
 */
export function writeLog(level, fields, target = LOGGER_TARGET) {
  writeJsonLine(process.stderr, { timestamp: new Date().toISOString(), level, fields, target });
}

/**
 * Forwards what the WASM engine logs (JSON records without a timestamp, one or more per call).
 * @param {unknown} chunk
 */
export function forwardEngineLog(chunk) {
  for (const line of String(chunk).split("\n")) {
    if (line.trim() === "") continue;
    /** @type {Record<string, unknown>} */
    let record;
    try {
      record = JSON.parse(line);
    } catch {
      record = { level: "INFO", fields: { message: line }, target: "schema_engine_wasm" };
    }
    writeJsonLine(process.stderr, { timestamp: new Date().toISOString(), ...record });
  }
}

/**
 * @param {NodeJS.WriteStream} stream
 * @param {unknown} value
 * @param {(key: string, value: unknown) => unknown} [replacer]
 */
export function writeJsonLine(stream, value, replacer) {
  stream.write(`${JSON.stringify(value, replacer)}\n`);
}

/**
 * Node prints its own warnings (deprecations, TLS notices) as plain text on stderr; turn them into
 * log records instead.
 */
export function routeProcessWarningsToLog() {
  process.removeAllListeners("warning");
  process.on("warning", (warning) => {
    writeLog("WARN", { message: `${warning.name}: ${warning.message}` });
  });
}

/**
 * Exits once everything written to stdout and stderr has been handed to the OS, so the last
 * response or log line is never lost (pipes are asynchronous on some platforms).
 * @param {number} code
 * @returns {Promise<never>}
 */
export async function exitAfterFlush(code) {
  const flushed = (/** @type {NodeJS.WriteStream} */ stream) =>
    new Promise((resolve) => {
      if (stream.destroyed || !stream.writable) return resolve(undefined);
      stream.write("", () => resolve(undefined));
    });
  const timeout = new Promise((resolve) => setTimeout(resolve, 2000).unref());
  await Promise.race([Promise.all([flushed(process.stdout), flushed(process.stderr)]), timeout]);
  process.exit(code);
}
