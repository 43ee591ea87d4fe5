// A large, realistic dataset for measuring the platform at the size it may reach: generated
// processes beside the 14 real ones, thousands of secretariat staff, a hundred thousand activities
// with co-hosts, themes and the tiers in the proportions secretariats use. Written with set-based
// SQL (one statement per table) so 100,000 activities take under a minute, most of it the triggers
// that copy hosts and themes onto the activities and compacting the table after them.
// Generated rows are recognisable by their ids ("load-…") and are never mixed with the real data:
// generating again first removes the previous set.
import type pg from "pg";
import { ACTIVITY_KINDS } from "../../src/domain/activity/vocabulary";
import { insertFollows, insertPeerEvents, removePeerEvents } from "./load-peer-events";
import { StartupError } from "./startup-error";

export type TLoadSizes = {
  /** Processes generated beside the real ones. */
  rcps: number;
  users: number;
  activities: number;
};

export const FULL_LOAD: TLoadSizes = { rcps: 86, users: 10_000, activities: 100_000 };

export type TLoadReport = TLoadSizes & {
  activitiesByTier: Record<string, number>;
  coHosted: number;
  peerEvents: number;
  follows: number;
  /** Of `ms`: writing the peer events and follows. */
  peerUpdatesMs: number;
  ms: number;
};

const REGIONS = ["EUROPE_FSU", "AMERICAS_CARIBBEAN", "WESTERN_MEDITERRANEAN", "AFRICA", "ASIA_OCEANIA"];
const COUNTRIES = ["HU", "TH", "LK", "MX", "ZA", "SN", "MA", "ES", "AU", "ID", "TR", "CR", "KE", "PH", "DE"];
const CITIES = ["Budapest", "Bangkok", "Colombo", "Mexico City", "Pretoria", "Dakar", "Rabat", "Madrid"];

const MONTHS_AHEAD = 18;

const sqlArray = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(",")}]`;

/** A stable pseudo-random integer in [0, n) from the row number and a salt: the same data every run. */
const pick = (n: number, salt: number) =>
  `(((g::bigint * ${2654435761 + salt * 97}) % 4294967296) % ${n})::int`;

/** Removes any earlier generated set, then writes a new one of `sizes` in one transaction. */
export async function generateLoad(client: pg.ClientBase, sizes: TLoadSizes): Promise<TLoadReport> {
  const started = performance.now();
  await client.query("BEGIN");
  let counts: { peerEvents: number; follows: number; peerUpdatesMs: number };
  try {
    await removeLoad(client);
    await insertRcps(client, sizes.rcps);
    await insertUsers(client, sizes.users);
    await insertActivities(client, sizes.activities);
    await insertDocuments(client, sizes.activities);
    // Peer updates: what the generated processes reported, and what their staff follow.
    const peerUpdatesStarted = performance.now();
    counts = {
      peerEvents: await insertPeerEvents(client),
      follows: await insertFollows(client),
      peerUpdatesMs: Math.round(performance.now() - peerUpdatesStarted),
    };
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  // Fresh statistics, or the planner keeps estimating from the 43 real activities. The triggers
  // that copy hosts and themes onto the activities wrote each activity three times: compacted,
  // the table is what a long-lived one becomes as autovacuum reclaims its old row versions.
  await client.query('VACUUM (FULL, ANALYZE) "Activity"');
  await client.query('VACUUM (ANALYZE) "ActivityDocument", "DocumentText", "SearchEntry"');
  await client.query(
    'VACUUM (ANALYZE) "Rcp", "User", "RcpStaff", "ActivityRcp", "ActivityTheme", "PeerEvent", "Follow"',
  );
  const tiers = await client.query<{ visibility: string; count: string }>(
    `SELECT visibility, count(*) FROM "Activity" WHERE id LIKE 'load-%' GROUP BY visibility`,
  );
  const coHosted = await client.query<{ count: string }>(
    `SELECT count(DISTINCT "activityId") FROM "ActivityRcp"
     WHERE "activityId" LIKE 'load-%' AND status = 'ACCEPTED' GROUP BY "activityId" HAVING count(*) > 1`,
  );
  return {
    ...sizes,
    activitiesByTier: Object.fromEntries(tiers.rows.map((row) => [row.visibility, Number(row.count)])),
    coHosted: coHosted.rowCount ?? 0,
    ...counts,
    ms: Math.round(performance.now() - started),
  };
}

export async function removeLoad(client: pg.ClientBase) {
  await removePeerEvents(client);
  // Users before activities: each removed user clears its authorship on the activities through
  // their author indexes, which the planner stops using once the activities are dead rows.
  await client.query(`DELETE FROM "User" WHERE id LIKE 'load-%'`);
  await client.query(`DELETE FROM "Activity" WHERE id LIKE 'load-%'`);
  await client.query(`DELETE FROM "Rcp" WHERE id LIKE 'load-%'`);
}

async function insertRcps(client: pg.ClientBase, count: number) {
  await client.query(
    `INSERT INTO "Rcp" (id, slug, name, "shortName", "otherNames", "yearEstablished", region, description,
       "secretariatKind", version, "createdAt", "updatedAt")
     SELECT 'load-rcp-' || g, 'generated-process-' || g, 'Generated Consultative Process ' || g,
       'Generated Process ' || g, '{}', 1990 + g % 30, (${sqlArray(REGIONS)})[1 + ${pick(REGIONS.length, 1)}]::"Region",
       jsonb_build_object('en', 'A process generated to measure the platform at scale.'),
       'FIXED', 1, now(), now()
     FROM generate_series(1, $1::int) AS g`,
    [count],
  );
}

/** Each user joins one process: its first user and one in five as editors, the others as viewers. */
async function insertUsers(client: pg.ClientBase, count: number) {
  await client.query(
    `INSERT INTO "User" (id, email, name, locale, "platformRole", "sessionVersion", "createdAt", "updatedAt")
     SELECT 'load-user-' || g, 'load-user-' || g || '@load.rcp-exchange.localhost', 'Generated user ' || g,
       (ARRAY['en','fr','es'])[1 + g % 3], 'USER', 0, now(), now()
     FROM generate_series(1, $1::int) AS g`,
    [count],
  );
  await client.query(
    `WITH rcps AS (SELECT id, row_number() OVER (ORDER BY slug) - 1 AS n, count(*) OVER () AS total
                   FROM "Rcp" WHERE "archivedAt" IS NULL)
     INSERT INTO "RcpStaff" ("userId", "rcpId", role, "createdAt")
     SELECT 'load-user-' || g, rcps.id, CASE WHEN g <= rcps.total OR g % 5 = 0 THEN 'EDITOR' ELSE 'VIEWER' END::"RcpRole", now()
     FROM generate_series(1, $1::int) AS g JOIN rcps ON rcps.n = g % rcps.total`,
    [count],
  );
}

/**
 * 60 % public, 25 % for all secretariats, 15 % hosts only; dates from 2000 to a year and a half
 * ahead (secretariats announce months, not decades, ahead), most lasting up to four days and one
 * in eighty-nine (campaigns, programmes) weeks to more than a year; one in ten
 * co-hosted by a second process, one in twenty-five with a pending invitation; one or two themes.
 */
async function insertActivities(client: pg.ClientBase, count: number) {
  await client.query(
    `INSERT INTO "Activity" (id, slug, title, kind, "startDate", "startPrecision", "endDate", "endPrecision",
       "timeZone", location, "countryCode", "isOnline", summary, "workingLanguages", contact, status,
       visibility, version, "createdAt", "updatedAt")
     SELECT 'load-act-' || g, 'generated-activity-' || g,
       CASE WHEN g % 3 = 0
         THEN jsonb_build_object('en', 'Generated activity ' || g, 'fr', 'Activité générée ' || g)
         ELSE jsonb_build_object('en', 'Generated activity ' || g) END,
       (${sqlArray(ACTIVITY_KINDS)})[1 + ${pick(ACTIVITY_KINDS.length, 2)}]::"ActivityKind",
       start_day, 'DAY', start_day + CASE WHEN g % 89 = 0 THEN 20 + g % 500 ELSE g % 4 END, 'DAY', 'UTC',
       (${sqlArray(CITIES)})[1 + ${pick(CITIES.length, 3)}],
       (${sqlArray(COUNTRIES)})[1 + ${pick(COUNTRIES.length, 4)}],
       g % 10 = 0,
       jsonb_build_object('en', 'Generated to measure the activity list and page at scale.'),
       ARRAY['en'], 'secretariat@load.rcp-exchange.localhost',
       CASE WHEN g % 50 = 0 THEN 'CANCELLED' WHEN g % 30 = 0 THEN 'POSTPONED' ELSE 'SCHEDULED' END::"ActivityStatus",
       CASE WHEN shuffled % 20 < 12 THEN 'PUBLIC' WHEN shuffled % 20 < 17 THEN 'ALL_SECRETARIATS' ELSE 'HOSTS' END::"Visibility",
       1, now(), now()
     FROM (SELECT g, DATE '2000-01-01' + (((g::bigint * 2654436246) % 4294967296)
             % (CURRENT_DATE + ${MONTHS_AHEAD * 30} - DATE '2000-01-01'))::int AS start_day
             -- The tiers' exact mix, dealt in an order that does not follow the host's (the row
             -- number modulo the processes), so that every process has activities of every tier.
             , row_number() OVER (ORDER BY md5(g::text)) AS shuffled
           FROM generate_series(1, $1::int) AS g) AS days`,
    [count],
  );
  const rcps = `(SELECT id, row_number() OVER (ORDER BY slug) - 1 AS n, count(*) OVER () AS total
                 FROM "Rcp" WHERE "archivedAt" IS NULL)`;
  await client.query(
    `INSERT INTO "ActivityRcp" ("activityId", "rcpId", status, "invitedAt", "respondedAt")
     SELECT 'load-act-' || g, r.id, 'ACCEPTED'::"HostStatus", now(), now()
     FROM generate_series(1, $1::int) AS g JOIN ${rcps} AS r ON r.n = g % r.total
     UNION ALL
     SELECT 'load-act-' || g, r.id, 'ACCEPTED'::"HostStatus", now(), now()
     FROM generate_series(10, $1::int, 10) AS g JOIN ${rcps} AS r ON r.n = (g + 7) % r.total
     UNION ALL
     SELECT 'load-act-' || g, r.id, 'INVITED'::"HostStatus", now(), NULL
     FROM generate_series(25, $1::int, 25) AS g JOIN ${rcps} AS r ON r.n = (g + 13) % r.total
     ON CONFLICT DO NOTHING`,
    [count],
  );
  const themes = `(SELECT id, row_number() OVER (ORDER BY slug) - 1 AS n, count(*) OVER () AS total FROM "Theme")`;
  await client.query(
    `INSERT INTO "ActivityTheme" ("activityId", "themeId")
     SELECT 'load-act-' || g, t.id FROM generate_series(1, $1::int) AS g JOIN ${themes} AS t ON t.n = g % t.total
     UNION ALL
     SELECT 'load-act-' || g, t.id FROM generate_series(2, $1::int, 2) AS g
       JOIN ${themes} AS t ON t.n = (g * 7 + 3) % t.total
     ON CONFLICT DO NOTHING`,
    [count],
  );
}

// Words of the documents' generated text: enough variety for the search to rank and mark, in
// the three languages, with accents, as reports of such meetings read.
const DOCUMENT_WORDS = [
  "labour",
  "migration",
  "recommendations",
  "border",
  "management",
  "remittances",
  "diaspora",
  "trafficking",
  "protection",
  "return",
  "reintegration",
  "data",
  "cooperation",
  "regional",
  "migración",
  "laboral",
  "protección",
  "cooperación",
  "retorno",
  "trata",
  "frontera",
  "migration",
  "main-d'œuvre",
  "coopération",
  "rapatriement",
  "données",
  "régionale",
];

/**
 * A document with extracted text for one activity in five, as if uploaded and read: the search
 * indexes titles and the text inside files. The text is a few hundred words picked per row.
 */
async function insertDocuments(client: pg.ClientBase, activities: number) {
  await client.query(
    `INSERT INTO "ActivityDocument" (id, "activityId", kind, title, language, visibility, "storageKey",
       "originalName", "mediaType", size, sha256, "createdAt", "updatedAt")
     SELECT 'load-doc-' || g, 'load-act-' || g, 'REPORT', 'Report of generated activity ' || g,
       (ARRAY['en', 'fr', 'es'])[1 + g % 3], a.visibility, 'load-documents/' || g, 'report.pdf',
       'application/pdf', 100000, repeat('0', 64), now(), now()
     FROM generate_series(5, $1::int, 5) AS g JOIN "Activity" a ON a.id = 'load-act-' || g`,
    [activities],
  );
  // The insert marked each file due for extraction; this is what the extraction would have stored.
  await client.query(
    `INSERT INTO "DocumentText" ("documentId", status, text, attempts, "updatedAt")
     SELECT 'load-doc-' || g, 'DONE', (
         SELECT string_agg(($2::text[])[1 + abs(hashtext(g || ':' || w)) % cardinality($2::text[])], ' ')
         FROM generate_series(1, 300) AS w), 1, now()
     FROM generate_series(5, $1::int, 5) AS g
     ON CONFLICT ("documentId") DO UPDATE SET status = EXCLUDED.status, text = EXCLUDED.text`,
    [activities, DOCUMENT_WORDS],
  );
}

/** `--activities 1000 --users 100 --rcps 5`: any size left out is the full one. */
export function parseLoadSizes(args: readonly string[]): TLoadSizes {
  const sizes = { ...FULL_LOAD };
  for (let i = 0; i < args.length; i += 2) {
    const key = args[i]?.replace(/^--/, "");
    const value = Number(args[i + 1]);
    if (!key || !(key in sizes) || !Number.isInteger(value) || value < 0 || value > 10_000_000) {
      throw new StartupError(
        `Usage: generate-load [--rcps N] [--users N] [--activities N] (got "${args.join(" ")}")`,
      );
    }
    sizes[key as keyof TLoadSizes] = value;
  }
  return sizes;
}

export function formatLoadReport(report: TLoadReport): string {
  const tiers = Object.entries(report.activitiesByTier)
    .map(([tier, count]) => `${tier} ${count}`)
    .join(", ");
  return (
    `Generated ${report.activities} activities (${tiers}; ${report.coHosted} co-hosted), ` +
    `${report.users} users and ${report.rcps} processes, ${report.peerEvents} peer events and ` +
    `${report.follows} follows in ${report.ms} ms (the events and follows ${report.peerUpdatesMs} ms).`
  );
}
