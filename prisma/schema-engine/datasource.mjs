// @ts-check
// Turns the datasource URLs the CLI hands the engine into node-postgres settings. Prisma's
// PostgreSQL URLs carry parameters node-postgres does not understand (`schema`,
// `connection_limit`, …). As in the native engine, `schema` becomes the search_path of every
// connection and the schema the engine migrates, and `connect_timeout` (seconds, default 5)
// bounds how long a connection attempt may take.

/** URL parameters that are Prisma's, not libpq's, and must not reach node-postgres. */
const PRISMA_ONLY_PARAMETERS = [
  "schema",
  "connection_limit",
  "pool_timeout",
  "pgbouncer",
  "statement_cache_size",
  "socket_timeout",
  "sslaccept",
  "connect_timeout",
];

const DEFAULT_CONNECT_TIMEOUT_SECONDS = 5;

/**
 * @typedef {object} Datasource
 * @property {string} url The URL as the CLI passed it.
 * @property {string | undefined} schema The `?schema=` parameter, if any.
 * @property {string} database The database the URL points at.
 * @property {string} user
 * @property {string} location Where the server is, for messages (`host:port` or a socket directory).
 * @property {import("pg").ClientConfig & import("pg").PoolConfig} connectionConfig Settings for pg.
 */

export class InvalidDatasourceError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "InvalidDatasourceError";
    this.errorCode = "P1013";
  }
}

/**
 * @param {string | undefined} url
 * @returns {Datasource}
 */
export function parseDatasourceUrl(url) {
  if (!url) {
    throw new InvalidDatasourceError(
      "The datasource URL is empty. Set `datasource.url` in prisma.config.ts (DATABASE_URL).",
    );
  }
  const { parsed, placeholderHost } = parseUrl(url);
  if (parsed.protocol !== "postgresql:" && parsed.protocol !== "postgres:") {
    throw new InvalidDatasourceError(
      "The provided database string is invalid. The URL must start with `postgresql://` or `postgres://`.",
    );
  }

  const params = parsed.searchParams;
  const schema = params.get("schema") || undefined;
  const timeoutSeconds = Number(params.get("connect_timeout") ?? DEFAULT_CONNECT_TIMEOUT_SECONDS);
  const extraOptions = params.get("options");
  for (const name of [...PRISMA_ONLY_PARAMETERS, "options"]) params.delete(name);

  const user = decodeURIComponent(parsed.username) || process.env.PGUSER || "postgres";
  const database = decodeURIComponent(parsed.pathname.slice(1)) || process.env.PGDATABASE || user;
  const socketHost = params.get("host");
  const hostname = placeholderHost ? "" : parsed.hostname;
  const location = socketHost ?? `${hostname || "localhost"}:${parsed.port || "5432"}`;

  const options = [extraOptions, schema === undefined ? null : `-c search_path=${searchPathOption(schema)}`]
    .filter(Boolean)
    .join(" ");

  let connectionString = parsed.toString();
  if (placeholderHost) connectionString = connectionString.replace(`@${placeholderHost}/`, "@/");

  return {
    url,
    schema,
    database,
    user,
    location,
    connectionConfig: {
      connectionString,
      ...(options ? { options } : {}),
      connectionTimeoutMillis: Number.isFinite(timeoutSeconds) ? timeoutSeconds * 1000 : 5000,
    },
  };
}

/**
 * The same server and settings, another database (shadow databases, `CREATE DATABASE`).
 * @param {Datasource} datasource
 * @param {string} database
 * @returns {Datasource}
 */
export function withDatabase(datasource, database) {
  const { parsed, placeholderHost } = parseUrl(datasource.url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  let url = parsed.toString();
  if (placeholderHost) url = url.replace(`@${placeholderHost}/`, "@/");
  return parseDatasourceUrl(url);
}

/**
 * Whether two datasources point at the same database on the same server.
 * @param {Datasource} a
 * @param {Datasource} b
 */
export function isSameDatabase(a, b) {
  return a.location === b.location && a.database === b.database;
}

/**
 * Quotes a SQL identifier.
 * @param {string} name
 */
export function quoteIdentifier(name) {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * `-c search_path=…` goes through libpq's options syntax, where spaces and backslashes are escaped
 * with a backslash; the schema itself is quoted so its case is kept, as the native engine does.
 * @param {string} schema
 */
function searchPathOption(schema) {
  return quoteIdentifier(schema).replace(/[\\ ]/g, (character) => `\\${character}`);
}

/**
 * URLs for Unix sockets may have no host (`postgresql://user@/db?host=/run/postgresql`), which the
 * WHATWG parser rejects; parse them with a placeholder host, as node-postgres does.
 * @param {string} url
 * @returns {{ parsed: URL, placeholderHost: string | undefined }}
 */
function parseUrl(url) {
  try {
    return { parsed: new URL(url), placeholderHost: undefined };
  } catch {
    const placeholderHost = "placeholder.invalid";
    try {
      return { parsed: new URL(url.replace("@/", `@${placeholderHost}/`)), placeholderHost };
    } catch {
      throw new InvalidDatasourceError("The provided database string is invalid. It is not a valid URL.");
    }
  }
}
