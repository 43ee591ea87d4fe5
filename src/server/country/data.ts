import type { TDb } from "~/server/db-client";

/** An RCP as the country pages name and link it. */
export type TRcpRef = { slug: string; shortName: string; localizedNames?: unknown };

export type TOtherRole = "OBSERVER" | "PARTNER" | "PARTICIPANT";

// The database sorts by byte ("APC" before "Abu Dhabi Dialogue"); readers expect dictionary order.
const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });
const byShortName = (a: { rcp: TRcpRef }, b: { rcp: TRcpRef }) =>
  collator.compare(a.rcp.shortName, b.rcp.shortName);

export type TCountrySummary = {
  code: string;
  kind: "STATE" | "TERRITORY";
  /** RCPs it belongs to now as a member, by short name. */
  memberOf: TRcpRef[];
  /** RCPs where it takes part otherwise (observer, partner, participant), by short name. */
  otherRoles: (TRcpRef & { role: TOtherRole })[];
};

/**
 * Every state and territory the data knows, with the RCPs it belongs to now; one query. The RCPs
 * come with their short names so the index, the map and its table need nothing else.
 */
export async function listCountries(db: TDb): Promise<TCountrySummary[]> {
  const rows = await db.participant.findMany({
    where: { kind: { in: ["STATE", "TERRITORY"] } },
    orderBy: { code: "asc" },
    select: {
      code: true,
      kind: true,
      memberships: {
        where: { endDate: null, rcp: { archivedAt: null } },
        select: { role: true, rcp: { select: { slug: true, shortName: true, localizedNames: true } } },
      },
    },
  });
  return rows.map((row) => {
    const memberships = row.memberships.sort(byShortName);
    return {
      code: row.code,
      kind: row.kind as "STATE" | "TERRITORY",
      memberOf: memberships.filter((m) => m.role === "MEMBER").map((m) => m.rcp),
      otherRoles: memberships.flatMap((m) => (m.role === "MEMBER" ? [] : [{ ...m.rcp, role: m.role }])),
    };
  });
}

const ROLE_ORDER = { MEMBER: 0, OBSERVER: 1, PARTNER: 2, PARTICIPANT: 3 } as const;

const period = { startDate: true, startPrecision: true, endDate: true, endPrecision: true } as const;

/** A state or territory with every RCP role and chair term it holds or held; null when unknown. */
export async function getCountry(db: TDb, code: string) {
  const country = await db.participant.findFirst({
    where: { code, kind: { in: ["STATE", "TERRITORY"] } },
    select: {
      code: true,
      kind: true,
      memberships: {
        where: { rcp: { archivedAt: null } },
        select: {
          role: true,
          ...period,
          rcp: {
            select: {
              slug: true,
              shortName: true,
              name: true,
              localizedNames: true,
              yearEstablished: true,
              region: true,
            },
          },
        },
      },
      chairTerms: {
        where: { rcp: { archivedAt: null } },
        select: {
          role: true,
          ...period,
          rcp: { select: { slug: true, shortName: true, name: true, localizedNames: true } },
        },
      },
    },
  });
  if (!country) return null;
  // Memberships by role (members first), chair terms latest first (undated ones lead: they are
  // the current holders the sources name), each then by RCP.
  country.memberships.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || byShortName(a, b));
  country.chairTerms.sort(
    (a, b) =>
      (b.startDate?.getTime() ?? Infinity) - (a.startDate?.getTime() ?? Infinity) || byShortName(a, b),
  );
  return country;
}

export type TCountry = NonNullable<Awaited<ReturnType<typeof getCountry>>>;
