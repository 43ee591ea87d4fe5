// `npm run bench:digest`: the weekly digest for 10,000 followers, composed and queued, timed against
// the target of two minutes. A throw-away embedded PostgreSQL with the reference data, people with
// a secretariat role or none, three follows each, and a week of events on the seeded activities of
// every tier. It reports; it is not a test.
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { migrateDeploy } from "../../scripts/lib/prisma-cli";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { freePort } from "../../scripts/lib/free-port";
import { seedAll } from "../../prisma/seed/run";
import { createDbClient } from "~/server/db-client";
import { queuePeerDigests } from "~/server/peer-mail/digest";
import { Cleanup } from "../cleanup";

const PEOPLE = 10_000;
const EVENTS = 3_000;
const TARGET_S = 120;
const DAY = 24 * 60 * 60 * 1000;

async function main() {
  const cleanup = new Cleanup();
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void cleanup.run().then(() => process.exit(130)));
  }
  try {
    const port = Number(process.env.BENCH_DB_PORT) || (await freePort());
    console.log("Starting a throw-away embedded PostgreSQL with the reference data…");
    const server = await startEmbeddedPostgres({
      dataDir: path.resolve(".data", `bench-digest-${port}`),
      port,
      database: "rcp_bench_digest",
      isEphemeral: true,
    });
    cleanup.add(server.stop);
    await migrateDeploy(server.url);
    await seedAll(server.url);
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    cleanup.add(() => client.end());
    const now = new Date();
    console.log(`Generating ${PEOPLE} followers and ${EVENTS} events of the past week…`);
    await generate(client, now);

    const db = createDbClient(server.url, 8);
    cleanup.add(() => db.$disconnect());
    const started = performance.now();
    const report = await queuePeerDigests(db, "WEEKLY", now);
    const seconds = (performance.now() - started) / 1000;
    const queued = await client.query<{ count: string }>(
      `SELECT count(*) FROM "MailDelivery" WHERE "idempotencyKey" LIKE 'peer-digest:%'`,
    );
    console.log(
      `Weekly digest: ${PEOPLE} people, ${report.queued} digests queued (${queued.rows[0]?.count} rows), ` +
        `${report.empty} empty, ${report.skipped} skipped, in ${seconds.toFixed(1)} s ` +
        `(target ≤ ${TARGET_S} s: ${seconds <= TARGET_S ? "met" : "MISSED"}); ` +
        `load average ${os
          .loadavg()
          .map((load) => load.toFixed(1))
          .join(" ")}.`,
    );
    if (seconds > TARGET_S) process.exitCode = 1;
  } finally {
    await cleanup.run();
  }
}

/** Set-based: a handful of INSERT … SELECT statements, not 10,000 round trips. */
async function generate(client: pg.Client, now: Date) {
  const weekAgo = new Date(now.getTime() - 7 * DAY);
  // One in five has no secretariat role (public tier only); the others are viewers of a process.
  await client.query(
    `INSERT INTO "User" ("id", "email", "name", "locale", "emailFrequency", "peerMailFrom", "updatedAt")
     SELECT 'benchuser' || lpad(n::text, 16, '0'), 'bench-' || n || '@bench.example', 'Bench reader ' || n,
            (ARRAY['en','fr','es'])[1 + n % 3], 'WEEKLY', $1, now()
     FROM generate_series(1, $2::int) n`,
    [weekAgo, PEOPLE],
  );
  await client.query(
    `INSERT INTO "RcpStaff" ("rcpId", "userId", "role")
     SELECT r."id", u."id", 'VIEWER'
     FROM (SELECT "id", row_number() OVER (ORDER BY "id") AS n FROM "User" WHERE "id" LIKE 'benchuser%') u
     JOIN (SELECT "id", row_number() OVER (ORDER BY "id") - 1 AS k, count(*) OVER () AS c FROM "Rcp") r
       ON r.k = u.n % r.c
     WHERE u.n % 5 <> 0`,
  );
  // Three follows each: a process, a theme and a country, spread over what exists.
  await client.query(
    `INSERT INTO "Follow" ("userId", "targetType", "targetId", "createdAt")
     SELECT u."id", 'RCP'::"FollowTarget", r."id", $1::timestamp FROM
       (SELECT "id", row_number() OVER (ORDER BY "id") AS n FROM "User" WHERE "id" LIKE 'benchuser%') u
       JOIN (SELECT "id", row_number() OVER (ORDER BY "id") - 1 AS k, count(*) OVER () AS c FROM "Rcp") r
         ON r.k = (u.n * 7) % r.c
     UNION ALL
     SELECT u."id", 'THEME'::"FollowTarget", t."id", $1::timestamp FROM
       (SELECT "id", row_number() OVER (ORDER BY "id") AS n FROM "User" WHERE "id" LIKE 'benchuser%') u
       JOIN (SELECT "id", row_number() OVER (ORDER BY "id") - 1 AS k, count(*) OVER () AS c FROM "Theme") t
         ON t.k = (u.n * 3) % t.c
     UNION ALL
     SELECT u."id", 'COUNTRY'::"FollowTarget", (ARRAY['MA','TH','HU','MX','ID','SN','LK','TR'])[1 + u.n % 8], $1::timestamp FROM
       (SELECT "id", row_number() OVER (ORDER BY "id") AS n FROM "User" WHERE "id" LIKE 'benchuser%') u`,
    [new Date(weekAgo.getTime() - DAY)],
  );
  // Events on the seeded activities (every tier), about their hosts, themes and country.
  await client.query(
    `INSERT INTO "PeerEvent" ("kind", "createdAt", "rcpId", "activityId", "rcpIds", "themeIds", "countryCodes")
     SELECT 'ACTIVITY_POSTED', $1::timestamp + (n * interval '7 days' / $2::int), a."hostRcpIds"[1], a."id",
            a."hostRcpIds", a."themeIds", CASE WHEN a."countryCode" IS NULL THEN ARRAY[]::text[] ELSE ARRAY[a."countryCode"] END
     FROM generate_series(1, $2::int - 1) n
     JOIN (SELECT "id", "hostRcpIds", "themeIds", "countryCode", row_number() OVER (ORDER BY "id") - 1 AS k,
                  count(*) OVER () AS c
           FROM "Activity" WHERE cardinality("hostRcpIds") > 0) a ON a.k = n % a.c`,
    [weekAgo, EVENTS],
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
