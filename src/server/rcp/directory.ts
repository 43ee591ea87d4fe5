import type { TDb } from "~/server/db-client";

/** What the directory shows and filters on, for every active RCP. */
export type TDirectoryItem = {
  slug: string;
  name: string;
  shortName: string;
  localizedNames: unknown;
  acronym: string | null;
  otherNames: string[];
  yearEstablished: number;
  region: string;
  secretariatKind: string;
  memberCodes: string[];
  observerCount: number;
  themeSlugs: string[];
};

export async function listDirectory(db: TDb): Promise<TDirectoryItem[]> {
  const rows = await db.rcp.findMany({
    where: { archivedAt: null },
    orderBy: { shortName: "asc" },
    select: {
      slug: true,
      name: true,
      shortName: true,
      localizedNames: true,
      acronym: true,
      otherNames: true,
      yearEstablished: true,
      region: true,
      secretariatKind: true,
      memberships: {
        where: { endDate: null },
        select: { role: true, participant: { select: { code: true, kind: true } } },
      },
      themes: { select: { theme: { select: { slug: true } } } },
    },
  });
  return rows.map(({ memberships, themes, ...rcp }) => ({
    ...rcp,
    memberCodes: memberships
      .filter((m) => m.role === "MEMBER" && m.participant.kind !== "ORGANISATION")
      .map((m) => m.participant.code)
      .sort(),
    observerCount: memberships.filter((m) => m.role === "OBSERVER").length,
    themeSlugs: [...new Set(themes.map((t) => t.theme.slug))].sort(),
  }));
}

export function listThemes(db: TDb) {
  return db.theme.findMany({ select: { slug: true, label: true }, orderBy: { slug: "asc" } });
}
