// Peer events and follows for the generated set (see load-data.ts): what the generated processes
// and activities would have reported over their lives, and what the generated staff follow. Set-based
// SQL like the rest of the generator. Every event concerns a generated activity or process, so it
// goes with them when the set is replaced (the foreign keys cascade); follows go with their users.
import type pg from "pg";

const COUNTRIES = ["HU", "TH", "LK", "MX", "ZA", "SN", "MA", "ES", "AU", "ID", "TR", "CR", "KE", "PH", "DE"];

const sqlArray = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(",")}]`;

/** Before the activities and processes are deleted: one pass, instead of a cascade per row. */
export async function removePeerEvents(client: pg.ClientBase) {
  await client.query(`DELETE FROM "PeerEvent" WHERE "activityId" LIKE 'load-%' OR "rcpId" LIKE 'load-%'`);
  await client.query(`DELETE FROM "Follow" WHERE "userId" LIKE 'load-%'`);
}

/**
 * Per activity: posted (always, by its first host) some weeks before it starts; a co-host joining
 * (the co-hosted ones); registration opening (one in two); rescheduled (one in five, with the
 * dates it had); cancelled (the cancelled ones); a document published after it for each generated
 * document of a past activity. Per generated process: created, then its priorities changed three
 * times and its membership twice. All dated in the past, ids in the order of their dates.
 */
export async function insertPeerEvents(client: pg.ClientBase): Promise<number> {
  const result = await client.query(
    `WITH editors AS (
       SELECT DISTINCT ON ("rcpId") "rcpId", "userId" FROM "RcpStaff"
       WHERE "userId" LIKE 'load-%' AND role = 'EDITOR' ORDER BY "rcpId", "userId"
     ),
     acts AS (
       SELECT a.id, a.status, a."startDate", a."endDate", a."hostRcpIds", a."themeIds",
         CASE WHEN a."countryCode" IS NULL THEN '{}' ELSE ARRAY[a."countryCode"] END AS countries,
         (substring(a.id FROM 10))::int AS g,
         -- Posted 4 to 16 weeks ahead, and a month ago at the latest, so that what follows
         -- (up to 20 days later) has happened too.
         least(a."startDate"::timestamp - ((28 + (substring(a.id FROM 10))::int % 84) || ' days')::interval,
               now() - interval '30 days') AS posted
       FROM "Activity" a WHERE a.id LIKE 'load-act-%'
     ),
     events AS (
       SELECT 'ACTIVITY_POSTED' AS kind, acts."hostRcpIds"[1] AS "rcpId", acts.id AS activity, NULL AS document,
         acts.posted AS at, acts."hostRcpIds", acts."themeIds", acts.countries, NULL::jsonb AS details
       FROM acts
       UNION ALL
       SELECT 'COHOST_JOINED', acts."hostRcpIds"[2], acts.id, NULL, acts.posted + interval '2 days',
         acts."hostRcpIds", acts."themeIds", acts.countries, NULL
       FROM acts WHERE cardinality(acts."hostRcpIds") >= 2
       UNION ALL
       SELECT 'REGISTRATION_OPENED', acts."hostRcpIds"[1], acts.id, NULL, acts.posted + interval '7 days',
         acts."hostRcpIds", acts."themeIds", acts.countries, NULL
       FROM acts WHERE acts.g % 2 = 0
       UNION ALL
       SELECT 'ACTIVITY_RESCHEDULED', acts."hostRcpIds"[1], acts.id, NULL, acts.posted + interval '14 days',
         acts."hostRcpIds", acts."themeIds", acts.countries,
         jsonb_build_object('previousStartDate', to_char(acts."startDate" - 7, 'YYYY-MM-DD'),
                            'previousEndDate', to_char(coalesce(acts."endDate", acts."startDate") - 7, 'YYYY-MM-DD'))
       FROM acts WHERE acts.g % 5 = 1
       UNION ALL
       SELECT 'ACTIVITY_CANCELLED', acts."hostRcpIds"[1], acts.id, NULL, acts.posted + interval '20 days',
         acts."hostRcpIds", acts."themeIds", acts.countries, NULL
       FROM acts WHERE acts.status = 'CANCELLED'
       UNION ALL
       SELECT 'DOCUMENT_PUBLISHED', acts."hostRcpIds"[1], acts.id, d.id,
         least(coalesce(acts."endDate", acts."startDate")::timestamp + interval '10 days', now() - interval '1 hour'),
         acts."hostRcpIds", acts."themeIds", acts.countries, NULL
       FROM acts JOIN "ActivityDocument" d ON d."activityId" = acts.id
       WHERE acts."startDate" < CURRENT_DATE
       UNION ALL
       SELECT 'RCP_CREATED', r.id, NULL, NULL, r.born, ARRAY[r.id], '{}', '{}', NULL
       FROM (SELECT id, timestamp '2000-01-01' + ((substring(id FROM 10))::int % 3000) * interval '1 day' AS born
             FROM "Rcp" WHERE id LIKE 'load-rcp-%') AS r
       UNION ALL
       SELECT 'PRIORITIES_CHANGED', r.id, NULL, NULL, r.born + k * interval '400 days', ARRAY[r.id],
         ARRAY[(SELECT t.id FROM "Theme" t ORDER BY t.slug OFFSET ((r.n + k) % (SELECT count(*) FROM "Theme")) LIMIT 1)],
         '{}', NULL
       FROM (SELECT id, (substring(id FROM 10))::int AS n,
               timestamp '2000-01-01' + ((substring(id FROM 10))::int % 3000) * interval '1 day' AS born
             FROM "Rcp" WHERE id LIKE 'load-rcp-%') AS r CROSS JOIN generate_series(1, 3) AS k
       UNION ALL
       SELECT 'MEMBERSHIP_CHANGED', r.id, NULL, NULL, r.born + k * interval '900 days', ARRAY[r.id], '{}',
         ARRAY[(${sqlArray(COUNTRIES)})[1 + (r.n + k) % ${COUNTRIES.length}]],
         jsonb_build_object(CASE WHEN k = 1 THEN 'added' ELSE 'removed' END,
           jsonb_build_array((${sqlArray(COUNTRIES)})[1 + (r.n + k) % ${COUNTRIES.length}]))
       FROM (SELECT id, (substring(id FROM 10))::int AS n,
               timestamp '2000-01-01' + ((substring(id FROM 10))::int % 3000) * interval '1 day' AS born
             FROM "Rcp" WHERE id LIKE 'load-rcp-%') AS r CROSS JOIN generate_series(1, 2) AS k
     )
     INSERT INTO "PeerEvent" (kind, "createdAt", "actorId", "rcpId", "activityId", "documentId",
       "rcpIds", "themeIds", "countryCodes", details)
     SELECT e.kind::"PeerEventKind", e.at, editors."userId", e."rcpId", e.activity, e.document,
       e."hostRcpIds", e."themeIds", e.countries, e.details
     FROM events e LEFT JOIN editors ON editors."rcpId" = e."rcpId"
     -- Ids are handed out in this order: a later event has a larger id, as the feed's keyset expects.
     ORDER BY e.at, e.activity NULLS FIRST, e.kind`,
  );
  return result.rowCount ?? 0;
}

/**
 * Four in five generated staff follow something: two processes, one or two themes and a country,
 * chosen by their row number, since some time in the last year.
 */
export async function insertFollows(client: pg.ClientBase): Promise<number> {
  const result = await client.query(
    `WITH users AS (
       SELECT id, (substring(id FROM 11))::int AS g FROM "User" WHERE id LIKE 'load-user-%'
     ),
     rcps AS (SELECT id, row_number() OVER (ORDER BY slug) - 1 AS n, count(*) OVER () AS total
              FROM "Rcp" WHERE "archivedAt" IS NULL),
     themes AS (SELECT id, row_number() OVER (ORDER BY slug) - 1 AS n, count(*) OVER () AS total FROM "Theme"),
     follows AS (
       SELECT u.id AS "userId", 'RCP' AS type, r.id AS target, u.g
       FROM users u JOIN rcps r ON r.n = (u.g * 7 + 3) % r.total OR r.n = (u.g * 13 + 5) % r.total
       WHERE u.g % 5 <> 0
       UNION ALL
       SELECT u.id, 'THEME', t.id, u.g
       FROM users u JOIN themes t ON t.n = (u.g * 3) % t.total OR (u.g % 2 = 0 AND t.n = (u.g * 11 + 1) % t.total)
       WHERE u.g % 5 <> 0
       UNION ALL
       SELECT u.id, 'COUNTRY', (${sqlArray(COUNTRIES)})[1 + u.g % ${COUNTRIES.length}], u.g
       FROM users u WHERE u.g % 5 <> 0
     )
     INSERT INTO "Follow" ("userId", "targetType", "targetId", "createdAt")
     SELECT "userId", type::"FollowTarget", target, now() - ((g % 365) || ' days')::interval FROM follows
     ON CONFLICT DO NOTHING`,
  );
  return result.rowCount ?? 0;
}
