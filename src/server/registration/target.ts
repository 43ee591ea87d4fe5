import { ACCEPTED_HOST } from "~/server/activity/policy";
import type { TDb } from "~/server/db-client";
import type { TRegistrationAudience, TRegistrationOwner } from "./policy";

/** What access to an activity's registration is decided on: its tier, hosts and quota hosts. */
export async function findRegistrationAudience(
  db: TDb,
  activityId: string,
): Promise<TRegistrationAudience | null> {
  const row = await db.activity.findUnique({
    where: { id: activityId },
    select: {
      visibility: true,
      rcps: { where: ACCEPTED_HOST, select: { rcpId: true } },
      registrationSettings: { select: { quotas: { select: { rcpId: true } } } },
    },
  });
  if (!row) return null;
  return {
    visibility: row.visibility,
    hostRcpIds: row.rcps.map((host) => host.rcpId),
    quotaRcpIds: row.registrationSettings?.quotas.map((quota) => quota.rcpId) ?? [],
  };
}

export type TRegistrationTarget = {
  id: string;
  activityId: string;
  owner: TRegistrationOwner;
  audience: TRegistrationAudience;
};

/** A registration with what access to it is decided on; null when it does not exist. */
export async function findRegistrationTarget(
  db: TDb,
  registrationId: string,
): Promise<TRegistrationTarget | null> {
  const row = await db.registration.findUnique({
    where: { id: registrationId },
    select: { id: true, activityId: true, nominatingRcpId: true, userId: true },
  });
  if (!row) return null;
  const audience = await findRegistrationAudience(db, row.activityId);
  if (!audience) return null;
  return {
    id: row.id,
    activityId: row.activityId,
    owner: { nominatingRcpId: row.nominatingRcpId, userId: row.userId },
    audience,
  };
}

/** The registration a private link opens, or null for an unknown or revoked link. */
export async function findRegistrationByTokenHash(db: TDb, tokenHash: string) {
  return db.registration.findUnique({ where: { tokenHash }, select: { id: true, version: true } });
}
