// @ts-check
// Prisma's commands recognise database problems by error code (P1001 "can't reach the server",
// P1003 "database does not exist" — which makes `migrate dev` create it — and so on). Errors that
// the bridge meets itself, talking to PostgreSQL through node-postgres, are translated here into
// the codes and wording of the native engine, so users see Prisma's usual messages.

/**
 * @typedef {object} UserFacingError
 * @property {string | undefined} errorCode A Prisma error code such as "P1001", if the error has one.
 * @property {string} message
 * @property {Record<string, unknown>} [meta]
 */

const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ETIMEDOUT",
  "ECONNRESET",
  "EPIPE",
]);

/**
 * @param {unknown} error An error thrown by node-postgres.
 * @param {import("./datasource.mjs").Datasource} datasource What we were connecting to.
 * @returns {UserFacingError}
 */
export function connectionErrorToUserFacing(error, datasource) {
  const { code, message } = errorParts(error);
  const location = datasource.location;

  const isSqlState = code !== undefined && /^[0-9A-Z]{5}$/.test(code);
  const unreachable = code !== undefined && UNREACHABLE_CODES.has(code);
  if (unreachable || (!isSqlState && /timeout|Connection terminated/i.test(message))) {
    return {
      errorCode: "P1001",
      message: `Can't reach database server at \`${location}\`\n\nPlease make sure your database server is running at \`${location}\`.`,
      meta: { database_location: location },
    };
  }
  switch (code) {
    case "28P01":
      return {
        errorCode: "P1000",
        message:
          `Authentication failed against database server, the provided database credentials for \`${datasource.user}\` are not valid.\n\n` +
          "Please make sure to provide valid database credentials for the database server at the configured address.",
        meta: { database_user: datasource.user },
      };
    case "3D000":
      return {
        errorCode: "P1003",
        message: `Database \`${datasource.database}\` does not exist on the database server at \`${location}\`.`,
        meta: { database_name: datasource.database },
      };
    case "28000":
    case "42501":
      return {
        errorCode: "P1010",
        message: `User \`${datasource.user}\` was denied access on the database \`${datasource.database}\``,
        meta: { database_user: datasource.user, database_name: datasource.database },
      };
    case "42P04":
      return {
        errorCode: "P1009",
        message: `Database \`${datasource.database}\` already exists on the database server at \`${location}\``,
        meta: { database_name: datasource.database },
      };
  }
  if (/SSL|TLS|certificate/i.test(message)) {
    return { errorCode: "P1011", message: `Error opening a TLS connection: ${message}` };
  }
  return { errorCode: undefined, message };
}

/**
 * @param {unknown} error
 * @returns {{ code: string | undefined, message: string }}
 */
export function errorParts(error) {
  if (error instanceof Error) {
    const code = /** @type {{ code?: unknown }} */ (error).code;
    return { code: typeof code === "string" ? code : undefined, message: error.message };
  }
  return { code: undefined, message: String(error) };
}
