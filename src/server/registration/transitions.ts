// Changes of a registration's status after it was made. Each runs under the settings lock, keeps
// the transition (who, when, why), mails the person, and hands a freed seat on in the same
// transaction. A change based on an older version, or from a status that does not allow it, is
// refused and changes nothing (never a silent success).
import { SEAT_HOLDING, type TRegistrationStatus } from "~/domain/registration/vocabulary";
import { activityStart } from "~/domain/registration/state";
import type { TDb, TTx } from "~/server/db-client";
import { DomainError } from "~/server/errors";
import type { TPersonMailKind } from "~/server/mail/registration-messages";
import { readSeatMap, REGISTRATION_TX, requireLockedSettings, stateOf, type TLockedSettings } from "./locked";
import { queuePersonMail } from "./person-mail";
import { promoteWaitlist, seatedStatus } from "./promote";
import { freeSeat, freeSeatFor, quotaColumn, seatOf, type TSeatMap } from "./seats";

export type TRegistrationAction = "approve" | "reject" | "withdraw" | "restore";

export type TChange = {
  registrationId: string;
  baseVersion: number;
  action: TRegistrationAction;
  /** The signed-in actor, or null with `byToken` for the person through their private link. */
  actorId: string | null;
  byToken: boolean;
  reason?: string | null;
  now: Date;
};

const FROM: Record<Exclude<TRegistrationAction, "restore">, readonly TRegistrationStatus[]> = {
  approve: ["PENDING"],
  reject: ["PENDING", "WAITLISTED"],
  withdraw: ["PENDING", "CONFIRMED", "WAITLISTED"],
};

const holdsSeat = (status: TRegistrationStatus) => SEAT_HOLDING.includes(status);

type TCurrent = { status: TRegistrationStatus; nominatingRcpId: string | null; quotaRcpId: string | null };
type TTarget = { status: TRegistrationStatus; quotaRcpId: string | null; requeue: boolean };

export async function changeRegistration(db: TDb, change: TChange) {
  return db.$transaction(async (tx) => {
    const ref = await tx.registration.findUnique({
      where: { id: change.registrationId },
      select: { activityId: true },
    });
    if (!ref) throw new DomainError("NOT_FOUND");
    const settings = await requireLockedSettings(tx, ref.activityId);
    const current = await tx.registration.findUniqueOrThrow({
      where: { id: change.registrationId },
      select: { status: true, version: true, nominatingRcpId: true, quotaRcpId: true },
    });
    if (current.version !== change.baseVersion) {
      throw new DomainError("CONFLICT", "CONFLICT", {
        current: { status: current.status, version: current.version },
      });
    }
    const map = await readSeatMap(tx, settings);
    const target = await targetOf(tx, change, current, settings, map);
    const version = current.version + 1;
    await tx.registration.update({
      where: { id: change.registrationId },
      data: { status: target.status, quotaRcpId: target.quotaRcpId, version },
      select: { id: true },
    });
    if (target.requeue) {
      // Back in line, at its end: leaving the line gave up the place in it.
      await tx.$executeRaw`UPDATE "Registration" SET "arrival" = nextval(pg_get_serial_sequence('"Registration"', 'arrival')) WHERE "id" = ${change.registrationId}`;
    }
    await tx.registrationEvent.create({
      data: {
        registrationId: change.registrationId,
        fromStatus: current.status,
        toStatus: target.status,
        actorId: change.actorId,
        byToken: change.byToken,
        reason: change.reason ?? null,
      },
      select: { id: true },
    });
    await queuePersonMail(tx, change.registrationId, mailKind(change.action, target.status), version, {
      reason: change.reason ?? null,
    });
    if (holdsSeat(current.status) && !holdsSeat(target.status)) {
      freeSeat(map, seatOf(current.quotaRcpId));
      await promoteWaitlist(tx, settings, map, change.now);
    }
    return { status: target.status, version };
  }, REGISTRATION_TX);
}

async function targetOf(
  tx: TTx,
  change: TChange,
  current: TCurrent,
  settings: TLockedSettings,
  map: TSeatMap,
): Promise<TTarget> {
  if (change.action !== "restore") {
    if (!FROM[change.action].includes(current.status)) {
      throw new DomainError("BAD_REQUEST", "registrationStateChanged");
    }
    const status =
      change.action === "approve" ? "CONFIRMED" : change.action === "reject" ? "REJECTED" : "WITHDRAWN";
    return { status, quotaRcpId: holdsSeat(status) ? current.quotaRcpId : null, requeue: false };
  }
  if (current.status !== "WITHDRAWN") throw new DomainError("BAD_REQUEST", "registrationStateChanged");
  const state = stateOf(settings, change.now);
  if (state === "CANCELLED") throw new DomainError("BAD_REQUEST", "activityCancelled");
  if (change.now >= activityStart(settings.activity))
    throw new DomainError("BAD_REQUEST", "registrationClosed");
  const previous = await statusBeforeWithdrawal(tx, change.registrationId);
  const seat = freeSeatFor(map, current.nominatingRcpId);
  if (holdsSeat(previous)) {
    if (seat === null) throw new DomainError("BAD_REQUEST", "noSeatFree");
    return { status: previous, quotaRcpId: quotaColumn(seat), requeue: false };
  }
  // Left the waiting line: a free seat (registration still open) or the end of the line.
  if (seat !== null && state === "OPEN") {
    return { status: seatedStatus(settings), quotaRcpId: quotaColumn(seat), requeue: false };
  }
  if (state !== "OPEN") throw new DomainError("BAD_REQUEST", "registrationClosed");
  return { status: "WAITLISTED", quotaRcpId: null, requeue: true };
}

/** What the registration was before its last withdrawal: kept in its transitions. */
async function statusBeforeWithdrawal(tx: TTx, registrationId: string): Promise<TRegistrationStatus> {
  const event = await tx.registrationEvent.findFirst({
    where: { registrationId, toStatus: "WITHDRAWN" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { fromStatus: true },
  });
  return event?.fromStatus ?? "CONFIRMED";
}

function mailKind(action: TRegistrationAction, status: TRegistrationStatus): TPersonMailKind {
  if (action === "approve") return "approved";
  if (action === "reject") return "rejected";
  if (action === "withdraw") return "withdrawn";
  return status === "PENDING" ? "pending" : status === "WAITLISTED" ? "waitlisted" : "confirmed";
}
