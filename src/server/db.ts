import "server-only";
import { env } from "~/env";
import { createDbClient, type TDb } from "./db-client";

const globalForDb = globalThis as unknown as { db?: TDb };

// Constructing the client opens no connection, so `next build` can load this module without a
// database; dev-mode reloads reuse the one client instead of opening a new pool each time.
export const db: TDb = globalForDb.db ?? createDbClient(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForDb.db = db;
