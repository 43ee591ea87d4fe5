// Hosts open registration and change its settings. A change that would leave someone without the
// seat they hold (capacity or a quota below the seats taken) is refused; seats a change frees (more
// capacity, a larger quota) go to the waitlist in the same transaction.
import type { TRegistrationSettingsFields } from "~/domain/registration/schema";
import { activityStart } from "~/domain/registration/state";
import { Prisma } from "~/generated/prisma/client";
import { ACCEPTED_HOST } from "~/server/activity/policy";
import { recordAudit } from "~/server/audit/record";
import type { TDb, TTx } from "~/server/db-client";
import { DomainError } from "~/server/errors";
import { recordActivityEvent } from "~/server/peer-event/activity-events";
import { lockSettings, readSeatMap, REGISTRATION_TX, type TLockedSettings } from "./locked";
import { promoteWaitlist } from "./promote";
import { SHARED, sharedSeats, totalTaken, type TSeatMap } from "./seats";

type TSave = {
  activityId: string;
  /** Null when registration is set up for the first time. */
  baseVersion: number | null;
  fields: TRegistrationSettingsFields;
  actorId: string;
  now: Date;
};

export async function saveRegistrationSettings(db: TDb, save: TSave) {
  try {
    return await db.$transaction(async (tx) => {
      await checkAgainstActivity(tx, save);
      const locked = await lockSettings(tx, save.activityId);
      if (save.baseVersion === null && locked) throw conflict(locked);
      if (save.baseVersion !== null && (!locked || locked.version !== save.baseVersion)) {
        throw locked ? conflict(locked) : new DomainError("CONFLICT", "CONFLICT", { current: null });
      }
      const columns = {
        mode: save.fields.mode,
        capacity: save.fields.capacity,
        opensAt: save.fields.opensAt,
        closesAt: save.fields.closesAt,
        questions: save.fields.questions,
        requiredQuestions: save.fields.requiredQuestions,
        updatedById: save.actorId,
      };
      if (locked) {
        await fitHolders(tx, locked, save.fields);
        await tx.registrationSettings.update({
          where: { activityId: save.activityId },
          data: { ...columns, version: { increment: 1 } },
          select: { activityId: true },
        });
        await tx.registrationQuota.deleteMany({ where: { activityId: save.activityId } });
      } else {
        await tx.registrationSettings.create({
          data: { activityId: save.activityId, ...columns },
          select: { activityId: true },
        });
      }
      await tx.registrationQuota.createMany({
        data: save.fields.quotas.map((quota) => ({ activityId: save.activityId, ...quota })),
      });
      const version = (locked?.version ?? 0) + 1;
      await recordAudit(tx, {
        actorId: save.actorId,
        action: locked ? "registration.settings.update" : "registration.settings.create",
        targetType: "Activity",
        targetId: save.activityId,
        details: { version, capacity: save.fields.capacity, mode: save.fields.mode },
      });
      if (!locked) {
        await recordActivityEvent(tx, {
          kind: "REGISTRATION_OPENED",
          activityId: save.activityId,
          actorId: save.actorId,
          details: {
            opensAt: save.fields.opensAt.toISOString(),
            closesAt: save.fields.closesAt.toISOString(),
          },
        });
      }
      if (locked) {
        const updated = await lockSettings(tx, save.activityId);
        if (updated) await promoteWaitlist(tx, updated, await readSeatMap(tx, updated), save.now);
      }
      return { version };
    }, REGISTRATION_TX);
  } catch (error) {
    // Two first saves at once: the second finds the row the first created.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new DomainError("CONFLICT", "CONFLICT", { current: null });
    }
    throw error;
  }
}

const conflict = (current: TLockedSettings) =>
  new DomainError("CONFLICT", "CONFLICT", { current: { version: current.version } });

async function checkAgainstActivity(tx: TTx, save: TSave): Promise<void> {
  const activity = await tx.activity.findUnique({
    where: { id: save.activityId },
    select: {
      status: true,
      startsAt: true,
      startDate: true,
      rcps: { where: ACCEPTED_HOST, select: { rcpId: true } },
    },
  });
  if (!activity) throw new DomainError("NOT_FOUND");
  if (activity.status === "CANCELLED") throw new DomainError("BAD_REQUEST", "activityCancelled");
  if (save.fields.closesAt > activityStart(activity))
    throw new DomainError("BAD_REQUEST", "closesAfterStart");
  const hosts = new Set(activity.rcps.map((host) => host.rcpId));
  if (save.fields.quotas.some((quota) => !hosts.has(quota.rcpId))) {
    throw new DomainError("BAD_REQUEST", "quotaNotHost");
  }
  const quotaSeats = save.fields.quotas.reduce((sum, quota) => sum + quota.seats, 0);
  if (quotaSeats > save.fields.capacity) throw new DomainError("BAD_REQUEST", "quotasAboveCapacity");
}

/**
 * Everyone holding a seat keeps it under the new settings: seats of a quota that goes become shared
 * seats, and the new capacity and quotas must hold them all.
 */
async function fitHolders(
  tx: TTx,
  locked: TLockedSettings,
  fields: TRegistrationSettingsFields,
): Promise<void> {
  const before = await readSeatMap(tx, locked);
  const quotas = new Map(fields.quotas.map((quota) => [quota.rcpId, quota.seats]));
  const after: TSeatMap = { capacity: fields.capacity, quotas, taken: new Map() };
  for (const [key, count] of before.taken) {
    const target = key !== SHARED && quotas.has(key) ? key : SHARED;
    after.taken.set(target, (after.taken.get(target) ?? 0) + count);
  }
  if (totalTaken(after) > fields.capacity) {
    throw new DomainError("BAD_REQUEST", "capacityBelowTaken", { taken: totalTaken(after) });
  }
  for (const [rcpId, seats] of quotas) {
    if ((after.taken.get(rcpId) ?? 0) > seats)
      throw new DomainError("BAD_REQUEST", "quotaBelowTaken", { rcpId });
  }
  if ((after.taken.get(SHARED) ?? 0) > sharedSeats(after)) {
    throw new DomainError("BAD_REQUEST", "capacityBelowTaken", { taken: totalTaken(after) });
  }
  const gone = [...before.taken.keys()].filter((key) => key !== SHARED && !quotas.has(key));
  if (gone.length > 0) {
    await tx.registration.updateMany({
      where: { activityId: locked.activityId, quotaRcpId: { in: gone } },
      data: { quotaRcpId: null },
    });
  }
}
