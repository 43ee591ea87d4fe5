import type { TDb } from "~/server/db-client";

/** Every active RCP with its year of establishment and region, oldest first; one query. */
export function listFoundings(db: TDb) {
  return db.rcp.findMany({
    where: { archivedAt: null },
    orderBy: [{ yearEstablished: "asc" }, { shortName: "asc" }],
    select: {
      slug: true,
      shortName: true,
      name: true,
      localizedNames: true,
      yearEstablished: true,
      region: true,
    },
  });
}

export type TFounding = Awaited<ReturnType<typeof listFoundings>>[number];
