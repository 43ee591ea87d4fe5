// Reads of registration. Personal data leaves only through the lists and views whose procedures
// checked the caller's scope (policy.ts); everyone else gets counts.
import { SEAT_HOLDING, type TRegistrationStatus } from "~/domain/registration/vocabulary";
import { registrationState } from "~/domain/registration/state";
import type { Prisma } from "~/generated/prisma/client";
import type { TDb } from "~/server/db-client";
import { SHARED } from "./seats";

/** What a person's own registration shows them (and its hosts). */
export const REGISTRATION_SELECT = {
  id: true,
  activityId: true,
  status: true,
  name: true,
  email: true,
  organisation: true,
  participantCode: true,
  countryCode: true,
  locale: true,
  role: true,
  dietaryNeeds: true,
  accessNeeds: true,
  comment: true,
  nominatingRcpId: true,
  quotaRcpId: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.RegistrationSelect;

const countByStatus = async (db: TDb, where: Prisma.RegistrationWhereInput) => {
  const rows = await db.registration.groupBy({ by: ["status"], where, _count: { _all: true } });
  const counts: Record<TRegistrationStatus, number> = {
    PENDING: 0,
    CONFIRMED: 0,
    WAITLISTED: 0,
    REJECTED: 0,
    WITHDRAWN: 0,
  };
  for (const row of rows) counts[row.status] = row._count._all;
  return counts;
};

/** The settings, where registration stands and its seat counts: for anyone who sees the activity. */
export async function readRegistrationOverview(
  db: TDb,
  activityId: string,
  userId: string | null,
  now: Date,
) {
  const [activity, held, counts, mine] = await Promise.all([
    db.activity.findUniqueOrThrow({
      where: { id: activityId },
      select: {
        status: true,
        startsAt: true,
        startDate: true,
        registrationSettings: {
          select: {
            mode: true,
            capacity: true,
            opensAt: true,
            closesAt: true,
            questions: true,
            requiredQuestions: true,
            version: true,
            quotas: { select: { rcpId: true, seats: true }, orderBy: { rcpId: "asc" } },
          },
        },
      },
    }),
    db.registration.groupBy({
      by: ["quotaRcpId"],
      where: { activityId, status: { in: [...SEAT_HOLDING] } },
      _count: { _all: true },
    }),
    countByStatus(db, { activityId }),
    userId
      ? db.registration.findFirst({ where: { activityId, userId }, select: REGISTRATION_SELECT })
      : Promise.resolve(null),
  ]);
  const settings = activity.registrationSettings;
  const takenIn = new Map(held.map((row) => [row.quotaRcpId ?? SHARED, row._count._all]));
  const quotas = (settings?.quotas ?? []).map((quota) => ({
    ...quota,
    taken: takenIn.get(quota.rcpId) ?? 0,
  }));
  const quotaSeats = quotas.reduce((sum, quota) => sum + quota.seats, 0);
  const taken = counts.PENDING + counts.CONFIRMED;
  return {
    state: registrationState(settings, activity, now),
    settings: settings ? { ...settings, quotas } : null,
    seats: settings
      ? {
          capacity: settings.capacity,
          taken,
          free: Math.max(0, settings.capacity - taken),
          shared: {
            seats: settings.capacity - quotaSeats,
            taken: taken - quotas.reduce((s, q) => s + q.taken, 0),
          },
          waitlisted: counts.WAITLISTED,
        }
      : null,
    mine,
  };
}

type TParticipantsQuery = {
  activityId: string;
  /** "ALL", or the nominating RCPs whose nominees the caller may see. */
  scope: "ALL" | string[];
  status?: TRegistrationStatus;
  rcpId?: string;
  after?: string;
  limit: number;
};

/** One page of participants in arrival order, with counts per status under the same filters. */
export async function readParticipants(db: TDb, query: TParticipantsQuery) {
  const where: Prisma.RegistrationWhereInput = {
    activityId: query.activityId,
    ...(query.scope === "ALL" ? {} : { nominatingRcpId: { in: query.scope } }),
    ...(query.rcpId ? { AND: [{ nominatingRcpId: query.rcpId }] } : {}),
  };
  const [rows, counts] = await Promise.all([
    db.registration.findMany({
      where: {
        ...where,
        ...(query.status ? { status: query.status } : {}),
        ...(query.after ? { arrival: { gt: BigInt(query.after) } } : {}),
      },
      orderBy: { arrival: "asc" },
      take: query.limit + 1,
      select: {
        ...REGISTRATION_SELECT,
        arrival: true,
        userId: true,
        nominatingRcp: { select: { slug: true, shortName: true } },
        registeredBy: { select: { name: true, email: true } },
      },
    }),
    countByStatus(db, where),
  ]);
  const page = rows.slice(0, query.limit);
  return {
    scope: query.scope === "ALL" ? ("ALL" as const) : ("NOMINEES" as const),
    items: page.map(({ arrival, ...row }) => ({ ...row, arrival: arrival.toString() })),
    counts,
    nextAfter: rows.length > query.limit ? (page.at(-1)?.arrival.toString() ?? null) : null,
  };
}

/** Every transition of a registration, oldest first. */
export async function readHistory(db: TDb, registrationId: string) {
  return db.registrationEvent.findMany({
    where: { registrationId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      fromStatus: true,
      toStatus: true,
      byToken: true,
      reason: true,
      createdAt: true,
      actor: { select: { name: true, email: true } },
    },
  });
}

/** The caller's own registrations, soonest activity first. */
export async function readMyRegistrations(db: TDb, userId: string) {
  return db.registration.findMany({
    where: { userId },
    orderBy: [{ activity: { startDate: "asc" } }, { id: "asc" }],
    take: 200,
    select: {
      ...REGISTRATION_SELECT,
      activity: { select: { slug: true, title: true, startDate: true, startPrecision: true, status: true } },
    },
  });
}

/** What the private link shows: the person's registration, its activity and questions. */
export async function readRegistrationByLink(db: TDb, registrationId: string, now: Date) {
  const row = await db.registration.findUniqueOrThrow({
    where: { id: registrationId },
    select: {
      ...REGISTRATION_SELECT,
      activity: {
        select: {
          slug: true,
          title: true,
          startDate: true,
          startPrecision: true,
          startsAt: true,
          status: true,
          registrationSettings: {
            select: { opensAt: true, closesAt: true, questions: true, requiredQuestions: true, mode: true },
          },
        },
      },
    },
  });
  const { registrationSettings, ...activity } = row.activity;
  return {
    ...row,
    activity,
    questions: registrationSettings?.questions ?? [],
    requiredQuestions: registrationSettings?.requiredQuestions ?? [],
    state: registrationState(registrationSettings, row.activity, now),
  };
}
