import "server-only";
import { env } from "~/env";
import { registerDatabaseProbe, reportDatabaseUnreachable } from "./database-availability";
import { createDbClient, type TDb } from "./db-client";

const globalForDb = globalThis as unknown as { db?: TDb };

// Constructing the client opens no connection, so `next build` can load this module without a
// database; dev-mode reloads reuse the one client instead of opening a new pool each time.
export const db: TDb =
  globalForDb.db ??
  createDbClient(env.DATABASE_URL, {
    // No request of the app runs this long; a statement that does is stuck, not slow.
    statementTimeoutMs: 30_000,
    lockTimeoutMs: 10_000,
    onConnectionLost: reportDatabaseUnreachable,
  });
if (env.NODE_ENV !== "production") globalForDb.db = db;

const PROBE_TIMEOUT_MS = 1000;

registerDatabaseProbe(() => {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), PROBE_TIMEOUT_MS));
  const query = db.$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  return Promise.race([query, timeout]);
});
