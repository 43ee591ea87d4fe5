// Which processes are a secretariat's peers: those sharing current member states or themes with
// one of its own. Counted in SQL, so the feed asks once per page whatever the size of the directory.
import type { TDb } from "~/server/db-client";

export type TOverlap = { count: number; ownRcpId: string };
export type TPeer = { states: TOverlap | null; themes: TOverlap | null };

type TRow = { rcpId: string; ownRcpId: string; count: number };

const better = (a: TOverlap | null, row: TRow): TOverlap =>
  a && a.count >= row.count ? a : { count: row.count, ownRcpId: row.ownRcpId };

export async function peersOf(db: TDb, ownRcpIds: readonly string[]): Promise<Map<string, TPeer>> {
  const peers = new Map<string, TPeer>();
  if (ownRcpIds.length === 0) return peers;
  const own = [...ownRcpIds];
  const states = await db.$queryRaw<TRow[]>`
    SELECT other."rcpId", mine."rcpId" AS "ownRcpId", count(DISTINCT mine."participantId")::int AS count
    FROM "Membership" mine
    JOIN "Participant" p ON p.id = mine."participantId" AND p.kind = 'STATE'
    JOIN "Membership" other ON other."participantId" = mine."participantId"
      AND other.role = 'MEMBER' AND other."endDate" IS NULL AND NOT (other."rcpId" = ANY(${own}::text[]))
    JOIN "Rcp" r ON r.id = other."rcpId" AND r."archivedAt" IS NULL
    WHERE mine."rcpId" = ANY(${own}::text[]) AND mine.role = 'MEMBER' AND mine."endDate" IS NULL
    GROUP BY 1, 2`;
  const themes = await db.$queryRaw<TRow[]>`
    SELECT other."rcpId", mine."rcpId" AS "ownRcpId", count(DISTINCT mine."themeId")::int AS count
    FROM "RcpTheme" mine
    JOIN "RcpTheme" other ON other."themeId" = mine."themeId" AND NOT (other."rcpId" = ANY(${own}::text[]))
    JOIN "Rcp" r ON r.id = other."rcpId" AND r."archivedAt" IS NULL
    WHERE mine."rcpId" = ANY(${own}::text[])
    GROUP BY 1, 2`;
  const entry = (rcpId: string) => {
    const found = peers.get(rcpId) ?? { states: null, themes: null };
    peers.set(rcpId, found);
    return found;
  };
  for (const row of states) entry(row.rcpId).states = better(entry(row.rcpId).states, row);
  for (const row of themes) entry(row.rcpId).themes = better(entry(row.rcpId).themes, row);
  return peers;
}
