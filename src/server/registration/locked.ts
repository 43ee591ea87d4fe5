// Every write that takes, frees or may move a seat first locks the activity's settings row: seat
// counts are then read and changed by one transaction at a time per activity, so two requests can
// never both take the last seat, and a freed seat is handed on before anyone else counts it.
import { SEAT_HOLDING } from "~/domain/registration/vocabulary";
import { registrationState } from "~/domain/registration/state";
import type { TTx } from "~/server/db-client";
import { DomainError } from "~/server/errors";
import { SHARED, type TSeatMap } from "./seats";

/** Long enough for fifty requests queued on one activity's lock; see the race test. */
export const REGISTRATION_TX = { maxWait: 20_000, timeout: 30_000 } as const;

const SETTINGS_SELECT = {
  activityId: true,
  mode: true,
  capacity: true,
  opensAt: true,
  closesAt: true,
  questions: true,
  requiredQuestions: true,
  version: true,
  quotas: { select: { rcpId: true, seats: true }, orderBy: { rcpId: "asc" } },
  activity: { select: { status: true, startsAt: true, startDate: true } },
} as const;

export async function lockSettings(tx: TTx, activityId: string) {
  // The guard: without this lock two transactions could count the same free seat.
  await tx.$queryRaw`SELECT 1 FROM "RegistrationSettings" WHERE "activityId" = ${activityId} FOR UPDATE`;
  return tx.registrationSettings.findUnique({ where: { activityId }, select: SETTINGS_SELECT });
}

export type TLockedSettings = NonNullable<Awaited<ReturnType<typeof lockSettings>>>;

/** The settings, locked, or a refusal when the activity takes no registrations. */
export async function requireLockedSettings(tx: TTx, activityId: string): Promise<TLockedSettings> {
  const settings = await lockSettings(tx, activityId);
  if (!settings) throw new DomainError("BAD_REQUEST", "registrationNotOpen");
  return settings;
}

export const stateOf = (settings: TLockedSettings, now: Date) =>
  registrationState(settings, settings.activity, now);

/** Seats held now, per quota host ("" for shared seats); read under the lock. */
export async function readSeatMap(tx: TTx, settings: TLockedSettings): Promise<TSeatMap> {
  const held = await tx.registration.groupBy({
    by: ["quotaRcpId"],
    where: { activityId: settings.activityId, status: { in: [...SEAT_HOLDING] } },
    _count: { _all: true },
  });
  const quotas = new Map(settings.quotas.map((quota) => [quota.rcpId, quota.seats]));
  const taken = new Map<string, number>();
  for (const row of held) {
    // A seat of a quota that no longer exists counts as shared (saveSettings moves them).
    const key = row.quotaRcpId !== null && quotas.has(row.quotaRcpId) ? row.quotaRcpId : SHARED;
    taken.set(key, (taken.get(key) ?? 0) + row._count._all);
  }
  return { capacity: settings.capacity, quotas, taken };
}
