import type { TDb } from "~/server/db-client";

/** The 2008 comparison matrix regenerated from the data: one row per RCP, in region order. */
export function listMatrixRows(db: TDb) {
  return db.rcp.findMany({
    where: { archivedAt: null },
    orderBy: [{ region: "asc" }, { yearEstablished: "asc" }],
    select: {
      slug: true,
      name: true,
      shortName: true,
      acronym: true,
      localizedNames: true,
      region: true,
      yearEstablished: true,
      description: true,
      secretariatKind: true,
      secretariatText: true,
      priorities: { orderBy: { position: "asc" }, select: { text: true } },
      secretariatHosts: {
        select: {
          participant: {
            select: { code: true, kind: true, acronym: true, localizedAcronyms: true, name: true },
          },
        },
      },
      memberships: {
        where: { endDate: null },
        orderBy: { participant: { code: "asc" } },
        select: {
          role: true,
          participant: {
            select: { code: true, kind: true, acronym: true, localizedAcronyms: true, name: true },
          },
        },
      },
    },
  });
}

export type TMatrixRow = Awaited<ReturnType<typeof listMatrixRows>>[number];
