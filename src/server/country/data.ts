import type { TDb } from "~/server/db-client";

export type TCountrySummary = {
  code: string;
  kind: "STATE" | "TERRITORY";
  /** RCPs it belongs to now as a member, by slug. */
  memberOf: string[];
  /** RCPs where it takes part otherwise (observer, partner, participant). */
  otherRoles: string[];
};

/** Every state and territory the data knows, with the RCPs it belongs to; one query. */
export async function listCountries(db: TDb): Promise<TCountrySummary[]> {
  const rows = await db.participant.findMany({
    where: { kind: { in: ["STATE", "TERRITORY"] } },
    orderBy: { code: "asc" },
    select: {
      code: true,
      kind: true,
      memberships: {
        where: { endDate: null, rcp: { archivedAt: null } },
        select: { role: true, rcp: { select: { slug: true } } },
      },
    },
  });
  return rows.map((row) => ({
    code: row.code,
    kind: row.kind as "STATE" | "TERRITORY",
    memberOf: row.memberships
      .filter((m) => m.role === "MEMBER")
      .map((m) => m.rcp.slug)
      .sort(),
    otherRoles: row.memberships
      .filter((m) => m.role !== "MEMBER")
      .map((m) => m.rcp.slug)
      .sort(),
  }));
}

/** A state or territory with every RCP role it holds or held; null when unknown. */
export async function getCountry(db: TDb, code: string) {
  return db.participant.findFirst({
    where: { code, kind: { in: ["STATE", "TERRITORY"] } },
    select: {
      code: true,
      kind: true,
      memberships: {
        where: { rcp: { archivedAt: null } },
        orderBy: [{ role: "asc" }, { rcp: { shortName: "asc" } }],
        select: {
          role: true,
          startDate: true,
          startPrecision: true,
          endDate: true,
          endPrecision: true,
          rcp: { select: { slug: true, shortName: true, name: true, yearEstablished: true, region: true } },
        },
      },
      chairTerms: {
        select: {
          role: true,
          startDate: true,
          startPrecision: true,
          endDate: true,
          endPrecision: true,
          rcp: { select: { slug: true, shortName: true } },
        },
      },
    },
  });
}

export type TCountry = NonNullable<Awaited<ReturnType<typeof getCountry>>>;
