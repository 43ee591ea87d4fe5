// The search: one statement on the search table alone, ranked, highlighted and filtered, through the
// tier rule of what each entry is about as it is now (an activity made private later stops being
// found). Each entry carries its tier, hosts, themes and dates (kept by the database's triggers), so
// neither the rule nor a filter joins a match to its activity.
import { Prisma } from "~/generated/prisma/client";
import { SEARCH_LIMITS, type TSearchQuery, type TSearchType } from "~/domain/search/schema";
import type { TDb } from "~/server/db-client";
import type { TAccess } from "~/server/user/access";
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from "~/domain/search/highlight";
import { visibleEntrySql } from "./visibility";

export type TSearchHit = {
  type: TSearchType;
  /** The slug of a process or activity, a document's id, a country's code. */
  key: string;
  /** With highlight markers (see highlight.ts): never HTML. */
  title: string;
  snippet: string;
  /** A document's activity. */
  activitySlug: string | null;
  date: Date | null;
};

/** `isCapped`: more activities and documents matched than are ranked (SEARCH_LIMITS.candidates). */
export type TSearchPage = { hits: TSearchHit[]; page: number; hasNext: boolean; isCapped: boolean };

// Typos are forgiven only in short queries, on names (processes, countries), when the words name
// none: a longer query has words enough for the stemmed match, and a fuzzy one would drown it.
const TYPO_MAX_LENGTH = 30;
const TYPO_SIMILARITY = 0.4;

const HEADLINE = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxWords=30, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE_HEADLINE = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, HighlightAll=true`;

type TBranch = "names" | "records";

/** The filters, on the entry's own columns. Processes and countries ("names") have no dates. */
function filtersSql(query: TSearchQuery, branch: TBranch): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (query.type) conditions.push(Prisma.sql`e."entityType" = ${query.type}::"SearchEntityType"`);
  if (query.rcp) {
    const rcpId = Prisma.sql`(SELECT "id" FROM "Rcp" WHERE "slug" = ${query.rcp})`;
    const hosted = Prisma.sql`e."hostRcpIds" @> ARRAY[${rcpId}]`;
    conditions.push(
      branch === "records"
        ? hosted
        : Prisma.sql`CASE e."entityType"
      WHEN 'COUNTRY' THEN EXISTS (SELECT 1 FROM "Membership" m JOIN "Participant" p ON p."id" = m."participantId"
        WHERE p."code" = e."entityId" AND m."rcpId" = ${rcpId} AND m."endDate" IS NULL)
      ELSE ${hosted} END`,
    );
  }
  if (query.theme) {
    const themeId = Prisma.sql`(SELECT "id" FROM "Theme" WHERE "slug" = ${query.theme})`;
    conditions.push(
      branch === "records"
        ? Prisma.sql`e."themeIds" @> ARRAY[${themeId}]`
        : Prisma.sql`e."entityType" = 'RCP' AND EXISTS (SELECT 1 FROM "RcpTheme" rt WHERE rt."rcpId" = e."entityId" AND rt."themeId" = ${themeId})`,
    );
  }
  // Dates belong to activities and documents: a date filter leaves processes and countries out.
  if (branch === "names" && (query.from || query.to)) conditions.push(Prisma.sql`FALSE`);
  if (query.from) conditions.push(Prisma.sql`e."endDate" >= ${query.from}::date`);
  if (query.to) conditions.push(Prisma.sql`e."startDate" <= ${query.to}::date`);
  return conditions;
}

type TRow = {
  entityType: TSearchType;
  key: string;
  title: string;
  snippet: string;
  activitySlug: string | null;
  date: Date | null;
  isCapped: boolean;
};

/** The one statement of a search, also replayed as is by the bench. */
export function searchSql(access: TAccess | null, query: TSearchQuery): Prisma.Sql {
  const { q, locale, page } = query;
  const isShort = q.length <= TYPO_MAX_LENGTH;
  const offset = (page - 1) * SEARCH_LIMITS.pageSize;
  const visible = visibleEntrySql(access);
  const where = (branch: TBranch) => Prisma.join([visible, ...filtersSql(query, branch)], " AND ");
  // websearch_to_tsquery never throws on what people type; the four configurations together find a
  // word in whichever language an entry is written, and names without stemming. Written out where
  // it is matched (not read from the CTE) so the planner sees how common the words are.
  const tsquery = Prisma.sql`(websearch_to_tsquery('search_en', ${q}) || websearch_to_tsquery('search_fr', ${q})
    || websearch_to_tsquery('search_es', ${q}) || websearch_to_tsquery('search_simple', ${q}))`;
  return Prisma.sql`
    WITH input AS (
      SELECT ${tsquery} AS query, websearch_to_tsquery('search_simple', ${q}) AS names_query,
        lower(unaccent(${q})) AS folded
    ),
    -- Processes and countries, a few hundred entries: every match of the words; when the words name
    -- none of them, names that look like the words (a typo), which costs a comparison per entry.
    named AS (
      SELECT e."entityType", e."entityId", e."language" FROM "SearchEntry" e
      -- Tested entry by entry (COALESCE keeps the planner off the word index, which would list every
      -- activity and document holding a common word only to drop them).
      WHERE e."entityType" IN ('RCP', 'COUNTRY') AND ${where("names")} AND COALESCE(e."vector", '') @@ ${tsquery}
    ),
    names AS (
      SELECT * FROM named
      UNION ALL
      SELECT e."entityType", e."entityId", e."language" FROM "SearchEntry" e CROSS JOIN input
      WHERE ${isShort} AND NOT EXISTS (SELECT 1 FROM named) AND e."entityType" IN ('RCP', 'COUNTRY')
        AND ${where("names")} AND word_similarity(input.folded, e."names") >= ${TYPO_SIMILARITY}
    ),
    -- Activities and documents: the newest matches, at most a bounded number, found by walking the
    -- date index when the words are common and through the word index when they are rare; only
    -- these are ranked. Keys only: a document's row carries its text.
    records AS (
      SELECT e."entityType", e."entityId", e."language" FROM "SearchEntry" e
      WHERE e."entityType" IN ('ACTIVITY', 'DOCUMENT') AND e."vector" @@ ${tsquery} AND ${where("records")}
      ORDER BY e."startDate" DESC
      LIMIT ${SEARCH_LIMITS.candidates}
    ),
    best AS (
      SELECT DISTINCT ON (e."entityType", e."entityId") e."entityType", e."entityId", e."language", e."title", e."body",
        ts_rank_cd(e."vector", input.query) AS rank,
        CASE WHEN e."names" <> '' AND to_tsvector('search_simple', e."names") @@ input.names_query THEN 1
          ELSE word_similarity(input.folded, e."names") END AS name_match,
        e."startDate" AS day
      FROM (SELECT * FROM names UNION ALL SELECT * FROM records) c
      JOIN "SearchEntry" e USING ("entityType", "entityId", "language") CROSS JOIN input
      ORDER BY e."entityType", e."entityId", (e."language" = ${locale}) DESC, rank DESC
    ),
    ranked AS (
      SELECT * FROM best ORDER BY name_match DESC, rank DESC, "entityType", "entityId"
      LIMIT ${SEARCH_LIMITS.pageSize + 1} OFFSET ${offset}
    )
    SELECT ranked."entityType",
      CASE ranked."entityType" WHEN 'RCP' THEN r."slug" WHEN 'ACTIVITY' THEN a."slug" ELSE ranked."entityId" END AS key,
      ts_headline(search_config(ranked."language"), ranked."title", input.query, ${TITLE_HEADLINE}) AS title,
      CASE WHEN ranked."body" = '' THEN '' ELSE ts_headline(search_config(ranked."language"), left(ranked."body", 100000), input.query, ${HEADLINE}) END AS snippet,
      CASE WHEN ranked."entityType" = 'DOCUMENT' THEN a."slug" END AS "activitySlug",
      ranked.day AS date,
      (SELECT count(*) FROM records) >= ${SEARCH_LIMITS.candidates} AS "isCapped"
    FROM ranked CROSS JOIN input
    LEFT JOIN "Rcp" r ON ranked."entityType" = 'RCP' AND r."id" = ranked."entityId"
    LEFT JOIN "ActivityDocument" d ON ranked."entityType" = 'DOCUMENT' AND d."id" = ranked."entityId"
    LEFT JOIN "Activity" a ON a."id" = CASE ranked."entityType" WHEN 'ACTIVITY' THEN ranked."entityId" WHEN 'DOCUMENT' THEN d."activityId" END
    ORDER BY ranked.name_match DESC, ranked.rank DESC, ranked."entityType", ranked."entityId"`;
}

export async function search(db: TDb, access: TAccess | null, query: TSearchQuery): Promise<TSearchPage> {
  const rows = await db.$queryRaw<TRow[]>(searchSql(access, query));
  const { page } = query;
  return {
    hits: rows
      .slice(0, SEARCH_LIMITS.pageSize)
      .map(({ entityType, isCapped: _, ...hit }) => ({ type: entityType, ...hit })),
    page,
    hasNext: rows.length > SEARCH_LIMITS.pageSize,
    isCapped: rows.some((row) => row.isCapped),
  };
}
