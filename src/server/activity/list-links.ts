// The parts of a list page that name processes and themes, read through the copies of its
// accepted hosts' and its themes' ids that each activity row carries (kept in step by the
// database; see the migration "activity_denormalised_filters").
import type { Prisma } from "~/generated/prisma/client";
import type { TDb } from "~/server/db-client";
import type { TActivityFilters } from "./read";

/**
 * The process, region and theme filters as tests of the ids each activity row carries (its
 * accepted hosts' and its themes', kept in step by the database): one indexed condition on the
 * row, where a join per activity misled the planner into reading every activity of a theme. An
 * unknown process or theme names no id, and so matches nothing, as the join did.
 */
export async function linkFilters(db: TDb, filters: TActivityFilters): Promise<Prisma.ActivityWhereInput[]> {
  const { rcp: slug, region, theme } = filters;
  const [rcps, themeRow] = await Promise.all([
    slug || region
      ? db.rcp.findMany({
          where: { OR: [...(slug ? [{ slug }] : []), ...(region ? [{ region }] : [])] },
          select: { id: true, slug: true, region: true },
        })
      : [],
    theme ? db.theme.findUnique({ where: { slug: theme }, select: { id: true } }) : null,
  ]);
  const idsWhere = (keep: (rcp: (typeof rcps)[number]) => boolean) => ({
    hostRcpIds: { hasSome: rcps.filter(keep).map((rcp) => rcp.id) },
  });
  return [
    slug ? idsWhere((rcp) => rcp.slug === slug) : {},
    region ? idsWhere((rcp) => rcp.region === region) : {},
    theme ? { themeIds: { hasSome: themeRow ? [themeRow.id] : [] } } : {},
  ];
}

type TListedHost = { slug: string; shortName: string; localizedNames: Prisma.JsonValue };

/**
 * The hosts of a page's activities in one query, where a relation read costs two per segment:
 * for each activity, its accepted hosts that are not archived, by short name.
 */
export async function listedHosts(db: TDb, rows: readonly { hostRcpIds: string[] }[]) {
  const ids = [...new Set(rows.flatMap((row) => row.hostRcpIds))];
  const rcps =
    ids.length === 0
      ? []
      : await db.rcp.findMany({
          where: { id: { in: ids }, archivedAt: null },
          orderBy: { shortName: "asc" },
          select: { id: true, slug: true, shortName: true, localizedNames: true },
        });
  return (hostRcpIds: readonly string[]): TListedHost[] =>
    rcps
      .filter((rcp) => hostRcpIds.includes(rcp.id))
      .map(({ slug, shortName, localizedNames }) => ({ slug, shortName, localizedNames }));
}
