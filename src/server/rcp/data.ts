import type { TDb } from "~/server/db-client";

export type TRcpListItem = {
  slug: string;
  name: string;
  acronym: string | null;
  yearEstablished: number;
};

export function listRcps(db: TDb): Promise<TRcpListItem[]> {
  return db.rcp.findMany({
    select: { slug: true, name: true, acronym: true, yearEstablished: true },
    orderBy: { name: "asc" },
  });
}

/** The names a management page shows of an RCP; null if unknown or archived. */
export function findLiveRcpNames(db: TDb, slug: string) {
  return db.rcp.findFirst({
    where: { slug, archivedAt: null },
    select: { id: true, slug: true, shortName: true, localizedNames: true },
  });
}

/** The id behind a public slug, for pages that work on one RCP; null if unknown or archived. */
export async function findRcpIdBySlug(db: TDb, slug: string): Promise<string | null> {
  const rcp = await db.rcp.findFirst({ where: { slug, archivedAt: null }, select: { id: true } });
  return rcp?.id ?? null;
}
