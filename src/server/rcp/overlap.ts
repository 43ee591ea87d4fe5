import type { Region } from "~/generated/prisma/enums";
import type { TDb } from "~/server/db-client";

export type TOverlapCell = { a: string; b: string; shared: number; jaccard: number; codes: string[] };
export type TOverlap = {
  /** Grouped by region so that regional blocks of overlap sit next to each other. */
  rcps: { slug: string; shortName: string; localizedNames?: unknown; region: Region; members: number }[];
  cells: TOverlapCell[];
};

/**
 * Shared member states of every pair of RCPs, with the Jaccard index (shared / union), in one
 * query. Current state and territory members only; organisations are not members.
 */
export async function getOverlap(db: TDb): Promise<TOverlap> {
  const rows = await db.$queryRaw<
    { a: string; b: string; shared: number; size_a: number; size_b: number; codes: string[] }[]
  >`
    WITH members AS (
      SELECT r.slug, p.code
      FROM "Membership" m
      JOIN "Rcp" r ON r.id = m."rcpId" AND r."archivedAt" IS NULL
      JOIN "Participant" p ON p.id = m."participantId" AND p.kind <> 'ORGANISATION'
      WHERE m.role = 'MEMBER' AND m."endDate" IS NULL
    ),
    sizes AS (SELECT slug, count(*)::int AS size FROM members GROUP BY slug)
    SELECT sa.slug AS a, sb.slug AS b,
           count(mb.code)::int AS shared, sa.size AS size_a, sb.size AS size_b,
           coalesce(array_agg(mb.code ORDER BY mb.code) FILTER (WHERE mb.code IS NOT NULL), '{}') AS codes
    FROM sizes sa
    JOIN sizes sb ON sa.slug < sb.slug
    LEFT JOIN members ma ON ma.slug = sa.slug
    LEFT JOIN members mb ON mb.slug = sb.slug AND mb.code = ma.code
    GROUP BY sa.slug, sb.slug, sa.size, sb.size`;
  const rcps = await db.rcp.findMany({
    where: { archivedAt: null },
    orderBy: [{ region: "asc" }, { shortName: "asc" }],
    select: { slug: true, shortName: true, localizedNames: true, region: true },
  });
  const sizes = new Map<string, number>();
  for (const row of rows) {
    sizes.set(row.a, row.size_a);
    sizes.set(row.b, row.size_b);
  }
  return {
    rcps: rcps.map((rcp) => ({ ...rcp, members: sizes.get(rcp.slug) ?? 0 })),
    cells: rows.map((row) => ({
      a: row.a,
      b: row.b,
      shared: row.shared,
      jaccard: row.shared / (row.size_a + row.size_b - row.shared),
      codes: row.codes,
    })),
  };
}

export type TPeer = {
  slug: string;
  shortName: string;
  localizedNames?: unknown;
  sharedMembers: number;
  sharedThemes: number;
};

/** Other RCPs ranked by shared member states, then shared themes; one query. */
export function getPeers(db: TDb, slug: string): Promise<TPeer[]> {
  return db.$queryRaw<TPeer[]>`
    WITH me AS (SELECT id FROM "Rcp" WHERE slug = ${slug}),
    my_members AS (
      SELECT m."participantId" FROM "Membership" m, me
      WHERE m."rcpId" = me.id AND m.role = 'MEMBER' AND m."endDate" IS NULL
    ),
    my_themes AS (SELECT DISTINCT t."themeId" FROM "RcpTheme" t, me WHERE t."rcpId" = me.id)
    SELECT r.slug, r."shortName", r."localizedNames",
      (SELECT count(*)::int FROM "Membership" m
        WHERE m."rcpId" = r.id AND m.role = 'MEMBER' AND m."endDate" IS NULL
          AND m."participantId" IN (SELECT "participantId" FROM my_members)) AS "sharedMembers",
      (SELECT count(DISTINCT t."themeId")::int FROM "RcpTheme" t
        WHERE t."rcpId" = r.id AND t."themeId" IN (SELECT "themeId" FROM my_themes)) AS "sharedThemes"
    FROM "Rcp" r, me
    WHERE r.id <> me.id AND r."archivedAt" IS NULL
    ORDER BY "sharedMembers" DESC, "sharedThemes" DESC, r."shortName"`;
}
