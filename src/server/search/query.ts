// The search: one query on the search table, ranked, highlighted and filtered, through the tier rule
// of what each entry is about as it is now (an activity made private later stops being found).
import { Prisma } from "~/generated/prisma/client";
import { SEARCH_LIMITS, type TSearchQuery, type TSearchType } from "~/domain/search/schema";
import type { TDb } from "~/server/db-client";
import type { TAccess } from "~/server/user/access";
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from "~/domain/search/highlight";
import { visibleActivitySql, visibleTierSql } from "./visibility";

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

export type TSearchPage = { hits: TSearchHit[]; page: number; hasNext: boolean };

// Typos are forgiven only in short queries, on names (processes, countries): a longer query has
// words enough for the stemmed match, and a fuzzy one would drown it.
const TYPO_MAX_LENGTH = 30;
const TYPO_SIMILARITY = 0.4;

const HEADLINE = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxWords=30, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE_HEADLINE = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, HighlightAll=true`;

function filtersSql(query: TSearchQuery): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (query.type) conditions.push(Prisma.sql`e."entityType" = ${query.type}::"SearchEntityType"`);
  if (query.rcp) {
    const rcpId = Prisma.sql`(SELECT "id" FROM "Rcp" WHERE "slug" = ${query.rcp})`;
    conditions.push(Prisma.sql`CASE e."entityType"
      WHEN 'RCP' THEN e."entityId" = ${rcpId}
      WHEN 'COUNTRY' THEN EXISTS (SELECT 1 FROM "Membership" m JOIN "Participant" p ON p."id" = m."participantId"
        WHERE p."code" = e."entityId" AND m."rcpId" = ${rcpId} AND m."endDate" IS NULL)
      ELSE a."hostRcpIds" @> ARRAY[${rcpId}] END`);
  }
  if (query.theme) {
    const themeId = Prisma.sql`(SELECT "id" FROM "Theme" WHERE "slug" = ${query.theme})`;
    conditions.push(Prisma.sql`CASE e."entityType"
      WHEN 'RCP' THEN EXISTS (SELECT 1 FROM "RcpTheme" rt WHERE rt."rcpId" = e."entityId" AND rt."themeId" = ${themeId})
      WHEN 'COUNTRY' THEN FALSE
      ELSE a."themeIds" @> ARRAY[${themeId}] END`);
  }
  // Dates belong to activities and documents: a date filter leaves processes and countries out.
  const day = Prisma.sql`(CASE WHEN e."entityType" = 'DOCUMENT' THEN COALESCE(d."date", a."startDate") ELSE a."startDate" END)`;
  const lastDay = Prisma.sql`(CASE WHEN e."entityType" = 'DOCUMENT' THEN COALESCE(d."date", a."startDate") ELSE COALESCE(a."endDate", a."startDate") END)`;
  if (query.from) conditions.push(Prisma.sql`${lastDay} >= ${query.from}::date`);
  if (query.to) conditions.push(Prisma.sql`${day} <= ${query.to}::date`);
  return conditions;
}

function visibleSql(access: TAccess | null): Prisma.Sql {
  const activity = visibleActivitySql(access, "a");
  const document = visibleTierSql(access, Prisma.raw(`d."visibility"`), Prisma.raw(`a."hostRcpIds"`));
  return Prisma.sql`CASE e."entityType"
    WHEN 'RCP' THEN r."archivedAt" IS NULL
    WHEN 'COUNTRY' THEN TRUE
    WHEN 'ACTIVITY' THEN a."id" IS NOT NULL AND ${activity}
    ELSE a."id" IS NOT NULL AND ${activity} AND ${document} END`;
}

type TRow = {
  entityType: TSearchType;
  key: string;
  title: string;
  snippet: string;
  activitySlug: string | null;
  date: Date | null;
};

export async function search(db: TDb, access: TAccess | null, query: TSearchQuery): Promise<TSearchPage> {
  const { q, locale, page } = query;
  const isShort = q.length <= TYPO_MAX_LENGTH;
  const conditions = [visibleSql(access), ...filtersSql(query)];
  const offset = (page - 1) * SEARCH_LIMITS.pageSize;
  // websearch_to_tsquery never throws on what people type; the four configurations together find a
  // word in whichever language an entry is written, and names without stemming.
  const rows = await db.$queryRaw<TRow[]>`
    WITH input AS (
      SELECT websearch_to_tsquery('search_en', ${q}) || websearch_to_tsquery('search_fr', ${q})
          || websearch_to_tsquery('search_es', ${q}) || websearch_to_tsquery('search_simple', ${q}) AS query,
        websearch_to_tsquery('search_simple', ${q}) AS names_query,
        lower(unaccent(${q})) AS folded
    ),
    -- Keys only: the union compares whole rows, and a document's row carries its text.
    candidates AS (
      SELECT e."entityType", e."entityId", e."language" FROM "SearchEntry" e, input WHERE e."vector" @@ input.query
      UNION
      SELECT e."entityType", e."entityId", e."language" FROM "SearchEntry" e, input
      WHERE ${isShort} AND e."entityType" IN ('RCP', 'COUNTRY') AND word_similarity(input.folded, e."names") >= ${TYPO_SIMILARITY}
    ),
    best AS (
      SELECT DISTINCT ON (e."entityType", e."entityId") e."entityType", e."entityId", e."language", e."title", e."body",
        ts_rank_cd(e."vector", input.query) AS rank,
        CASE WHEN e."names" <> '' AND to_tsvector('search_simple', e."names") @@ input.names_query THEN 1
          ELSE word_similarity(input.folded, e."names") END AS name_match,
        r."slug" AS rcp_slug, a."slug" AS activity_slug,
        CASE WHEN e."entityType" = 'DOCUMENT' THEN COALESCE(d."date", a."startDate") ELSE a."startDate" END AS day
      FROM candidates c JOIN "SearchEntry" e USING ("entityType", "entityId", "language") CROSS JOIN input
      LEFT JOIN "Rcp" r ON e."entityType" = 'RCP' AND r."id" = e."entityId"
      LEFT JOIN "ActivityDocument" d ON e."entityType" = 'DOCUMENT' AND d."id" = e."entityId"
      LEFT JOIN "Activity" a ON a."id" = CASE e."entityType" WHEN 'ACTIVITY' THEN e."entityId" WHEN 'DOCUMENT' THEN d."activityId" END
      WHERE ${Prisma.join(conditions, " AND ")}
      ORDER BY e."entityType", e."entityId", (e."language" = ${locale}) DESC, rank DESC
    ),
    ranked AS (
      SELECT * FROM best ORDER BY name_match DESC, rank DESC, "entityType", "entityId"
      LIMIT ${SEARCH_LIMITS.pageSize + 1} OFFSET ${offset}
    )
    SELECT ranked."entityType",
      CASE ranked."entityType" WHEN 'RCP' THEN ranked.rcp_slug WHEN 'ACTIVITY' THEN ranked.activity_slug ELSE ranked."entityId" END AS key,
      ts_headline(search_config(ranked."language"), ranked."title", input.query, ${TITLE_HEADLINE}) AS title,
      CASE WHEN ranked."body" = '' THEN '' ELSE ts_headline(search_config(ranked."language"), left(ranked."body", 100000), input.query, ${HEADLINE}) END AS snippet,
      CASE WHEN ranked."entityType" = 'DOCUMENT' THEN ranked.activity_slug END AS "activitySlug",
      ranked.day AS date
    FROM ranked CROSS JOIN input
    ORDER BY ranked.name_match DESC, ranked.rank DESC, ranked."entityType", ranked."entityId"`;
  return {
    hits: rows
      .slice(0, SEARCH_LIMITS.pageSize)
      .map(({ entityType, ...hit }) => ({ type: entityType, ...hit })),
    page,
    hasNext: rows.length > SEARCH_LIMITS.pageSize,
  };
}
