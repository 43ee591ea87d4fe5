// Reading focal points. Every read takes the reader's filter from policy.ts; nothing here decides
// who sees what.
import type { Prisma } from "~/generated/prisma/client";
import type { TDb } from "~/server/db-client";
import { tenantId } from "~/server/rcp/tenant";

/** The columns of a participant its name is made of, in any language. */
export const PARTICIPANT_SELECT = {
  code: true,
  kind: true,
  acronym: true,
  localizedAcronyms: true,
  name: true,
} as const;

export const FOCAL_POINT_SELECT = {
  id: true,
  rcpId: true,
  name: true,
  title: true,
  agency: true,
  email: true,
  phone: true,
  languages: true,
  since: true,
  endedAt: true,
  visibility: true,
  createdAt: true,
  version: true,
  participant: { select: PARTICIPANT_SELECT },
  createdBy: { select: { name: true, email: true } },
} as const satisfies Prisma.FocalPointSelect;

type TRow = Prisma.FocalPointGetPayload<{ select: typeof FOCAL_POINT_SELECT }>;

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

/** A focal point as procedures answer it: dates as calendar days, who added it by name. */
export function toFocalPoint(row: TRow) {
  return {
    id: row.id,
    name: row.name,
    title: row.title,
    agency: row.agency,
    email: row.email,
    phone: row.phone,
    languages: row.languages,
    since: day(row.since),
    endedAt: day(row.endedAt),
    visibility: row.visibility,
    createdAt: row.createdAt,
    addedBy: row.createdBy ? row.createdBy.name || row.createdBy.email : null,
    version: row.version,
    participant: row.participant,
  };
}
export type TFocalPoint = ReturnType<typeof toFocalPoint>;

// Current ones first, then the most recently ended; within each, by name.
const ORDER = [
  { endedAt: { sort: "desc", nulls: "first" } },
  { name: "asc" },
  { id: "asc" },
] as const satisfies Prisma.FocalPointOrderByWithRelationInput[];

/** One RCP's focal points the filter lets through, current and former. */
export async function listRcpFocalPoints(db: TDb, rcpId: string, visible: Prisma.FocalPointWhereInput) {
  const rows = await db.focalPoint.findMany({
    where: { AND: [{ rcpId: tenantId(rcpId) }, visible] },
    orderBy: ORDER,
    select: FOCAL_POINT_SELECT,
  });
  return rows.map(toFocalPoint);
}

/** An RCP as the focal-point pages name it. */
export function findFocalRcp(db: TDb, slug: string) {
  return db.rcp.findUnique({
    where: { slug },
    select: { id: true, slug: true, shortName: true, localizedNames: true },
  });
}

/** Who a focal point belongs to, for the procedures' checks. */
export function findFocalPointAudience(db: TDb, id: string) {
  return db.focalPoint.findUnique({ where: { id }, select: { id: true, rcpId: true, visibility: true } });
}

/** The participants an RCP's focal points may represent: its current members and observers. */
export async function listRepresentable(db: TDb, rcpId: string) {
  const rows = await db.membership.findMany({
    where: { rcpId: tenantId(rcpId), endDate: null, role: { in: ["MEMBER", "OBSERVER"] } },
    select: { role: true, participant: { select: { id: true, ...PARTICIPANT_SELECT } } },
  });
  return rows.map((row) => ({ role: row.role, ...row.participant }));
}

/**
 * "Who represents this state in each process": every process it belongs to now as a member or
 * observer, with the focal points for it that the filter lets through (current ones only).
 */
export async function listCountryFocalPoints(db: TDb, code: string, visible: Prisma.FocalPointWhereInput) {
  const memberships = await db.membership.findMany({
    where: {
      endDate: null,
      role: { in: ["MEMBER", "OBSERVER"] },
      participant: { code, kind: { in: ["STATE", "TERRITORY"] } },
      rcp: { archivedAt: null },
    },
    orderBy: { rcp: { shortName: "asc" } },
    select: {
      role: true,
      participantId: true,
      rcp: { select: { id: true, slug: true, shortName: true, localizedNames: true } },
    },
  });
  if (memberships.length === 0) return [];
  const rows = await db.focalPoint.findMany({
    where: {
      AND: [
        { participantId: memberships[0]!.participantId, endedAt: null },
        { rcpId: { in: memberships.map((m) => m.rcp.id) } },
        visible,
      ],
    },
    orderBy: ORDER,
    select: FOCAL_POINT_SELECT,
  });
  return memberships.map((membership) => ({
    rcp: membership.rcp,
    role: membership.role,
    focalPoints: rows.filter((row) => row.rcpId === membership.rcp.id).map(toFocalPoint),
  }));
}
