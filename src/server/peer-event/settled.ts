// The time before which every peer event has committed. An event's time is taken inside its
// transaction, so no earlier than that transaction's start, and an event of a transaction still open
// can appear later with a time already passed: a reader whose cursor moved past that time would miss
// it for good. Every open transaction started no earlier than the oldest of them, so every event
// older than that start has committed (or never will). App and database share one clock here.
import type { TDb } from "~/server/db-client";

/**
 * `now`, or the start of the oldest transaction still open on this database if that is earlier.
 * pg_stat_activity shows the transactions of the app's own role (the one that writes events).
 */
export async function settledBefore(db: TDb, now: Date): Promise<Date> {
  const [row] = await db.$queryRaw<{ oldest: Date | null }[]>`
    SELECT min("xact_start") AS "oldest" FROM pg_stat_activity
    WHERE "datname" = current_database() AND "pid" <> pg_backend_pid()
      AND "backend_type" = 'client backend' AND "xact_start" IS NOT NULL`;
  const oldest = row?.oldest ?? null;
  return oldest && oldest < now ? oldest : now;
}
