import type { TDb } from "~/server/db-client";

const participant = {
  select: { code: true, kind: true, acronym: true, localizedAcronyms: true, name: true },
} as const;

/** Everything the public profile shows; null for an unknown or archived slug. */
export async function getProfile(db: TDb, slug: string) {
  const row = await db.rcp.findFirst({
    where: { slug, archivedAt: null },
    select: {
      id: true,
      slug: true,
      name: true,
      shortName: true,
      localizedNames: true,
      acronym: true,
      otherNames: true,
      yearEstablished: true,
      region: true,
      website: true,
      description: true,
      membersNote: true,
      observersNote: true,
      developmentGroup: true,
      secretariatKind: true,
      secretariatText: true,
      updatedAt: true,
      priorities: { orderBy: { position: "asc" }, select: { text: true } },
      memberships: {
        orderBy: [{ role: "asc" }, { participant: { code: "asc" } }],
        select: {
          role: true,
          startDate: true,
          startPrecision: true,
          endDate: true,
          endPrecision: true,
          participant,
        },
      },
      secretariatHosts: { select: { participant } },
      chairTerms: {
        orderBy: [{ startDate: { sort: "asc", nulls: "last" } }],
        select: {
          role: true,
          startDate: true,
          startPrecision: true,
          endDate: true,
          endPrecision: true,
          participant,
        },
      },
      foundingDocuments: {
        orderBy: [{ year: { sort: "asc", nulls: "last" } }],
        select: { title: true, year: true, kind: true },
      },
      themes: { select: { kind: true, theme: { select: { slug: true, label: true } } } },
      annexBAnswers: { orderBy: { topic: "asc" }, select: { topic: true, status: true, text: true } },
      revisions: {
        orderBy: { version: "desc" },
        take: 1,
        select: { createdAt: true, author: { select: { name: true } } },
      },
    },
  });
  if (!row) return null;
  const { revisions, ...profile } = row;
  const last = revisions[0];
  // The public learns the editor's name only, never an email address.
  const lastRevision = last ? { createdAt: last.createdAt, authorName: last.author?.name ?? null } : null;
  return { ...profile, lastRevision };
}

export type TProfile = NonNullable<Awaited<ReturnType<typeof getProfile>>>;
