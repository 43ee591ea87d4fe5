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
