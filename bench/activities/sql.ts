// "The same SQL run directly": the statements Prisma sends for one request of a case, captured from
// its query log, then replayed over plain pg connections with the same concurrency as the HTTP load.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../src/generated/prisma/client";
import { findVisibleActivity, listVisibleActivities } from "../../src/server/activity/read";
import type { TAccess } from "../../src/server/user/access";
import { loadAccess } from "../../src/server/user/access";
import { BenchError } from "../cleanup";
import type { TCase } from "./cases";

export type TStatement = { sql: string; params: unknown[] };

/** The statements one request of `benchCase` runs: the reader's access (signed in), then the read. */
export async function captureStatements(
  databaseUrl: string,
  benchCase: TCase,
  editorId: string,
  today: Date,
): Promise<TStatement[]> {
  return captureQueries(databaseUrl, async (db) => {
    let access: TAccess | null = null;
    if (benchCase.actor === "editor") access = await loadAccess(db, editorId);
    const found =
      benchCase.kind === "list"
        ? (await listVisibleActivities(db, access, benchCase.filters, benchCase.cursor ?? null, today)).items
            .length
        : (await findVisibleActivity(db, access, benchCase.slug)) === null
          ? 0
          : 1;
    if (found === 0)
      throw new BenchError(`The bench case "${benchCase.key}" finds nothing: is the load generated?`);
  });
}

/** The statements Prisma sends while `run` reads, from its query log, on one connection. */
export async function captureQueries(
  databaseUrl: string,
  run: (db: PrismaClient) => Promise<void>,
): Promise<TStatement[]> {
  const statements: TStatement[] = [];
  const db = new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl, max: 1 }),
    log: [{ emit: "event", level: "query" }],
  });
  db.$on("query", (event) => {
    statements.push({ sql: event.query, params: JSON.parse(event.params) as unknown[] });
  });
  try {
    await run(db);
  } finally {
    await db.$disconnect();
  }
  return statements;
}

/**
 * Runs `statements` in order, as one request, on `connections` connections at once for
 * `durationS` seconds; returns each request's time in ms.
 */
export async function replay(
  databaseUrl: string,
  statements: readonly TStatement[],
  connections: number,
  durationS: number,
): Promise<number[]> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: connections });
  const latencies: number[] = [];
  const until = performance.now() + durationS * 1000;
  try {
    await Promise.all(
      Array.from({ length: connections }, async () => {
        const client = await pool.connect();
        try {
          while (performance.now() < until) {
            const started = performance.now();
            for (const { sql, params } of statements) await client.query(sql, params);
            latencies.push(performance.now() - started);
          }
        } finally {
          client.release();
        }
      }),
    );
  } finally {
    await pool.end();
  }
  return latencies;
}
