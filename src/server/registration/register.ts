// A new registration: a seat if one is free for the person, else a place at the end of the line.
// One transaction under the settings lock; the database refuses a second registration of the
// same email for the activity, which is answered as "already registered".
import { randomBytes } from "node:crypto";
import type { TAnswers } from "~/domain/registration/schema";
import type { TRegistrationStatus } from "~/domain/registration/vocabulary";
import { Prisma } from "~/generated/prisma/client";
import type { TDb } from "~/server/db-client";
import { DomainError } from "~/server/errors";
import { checkAnswers } from "./answers";
import { readSeatMap, REGISTRATION_TX, requireLockedSettings, stateOf } from "./locked";
import { queuePersonMail } from "./person-mail";
import { seatedStatus } from "./promote";
import { freeSeatFor, quotaColumn } from "./seats";
import { registrationTokenHash } from "./token";
import type { TRegistrationState } from "~/domain/registration/vocabulary";

export type TNewRegistration = {
  activityId: string;
  person: { name: string; email: string; countryCode: string | null; locale: string; userId: string | null };
  answers: TAnswers;
  nominatingRcpId: string | null;
  registeredById: string;
  /** Who to name in the person's first mail when someone else registered them. */
  registrar: string | null;
  now: Date;
};

/** Refuses unless registration is open now. */
export function requireOpen(state: TRegistrationState): void {
  if (state === "OPEN") return;
  if (state === "CANCELLED") throw new DomainError("BAD_REQUEST", "activityCancelled");
  if (state === "NOT_YET_OPEN") throw new DomainError("BAD_REQUEST", "registrationNotYetOpen");
  if (state === "CLOSED") throw new DomainError("BAD_REQUEST", "registrationClosed");
  throw new DomainError("BAD_REQUEST", "registrationNotOpen");
}

const MAIL_OF_STATUS = { CONFIRMED: "confirmed", PENDING: "pending", WAITLISTED: "waitlisted" } as const;

export async function createRegistration(db: TDb, input: TNewRegistration) {
  // Administrators act for any RCP, so the id they name may be of none. Checked before the lock:
  // everything done under it makes every other registration of the activity wait.
  if (input.nominatingRcpId !== null) {
    const rcp = await db.rcp.findUnique({ where: { id: input.nominatingRcpId }, select: { id: true } });
    if (!rcp) throw new DomainError("NOT_FOUND");
  }
  // The id is made here so that the row is written with its link's hash in one statement.
  const id = `r${randomBytes(15).toString("base64url")}`;
  try {
    return await db.$transaction(async (tx) => {
      const settings = await requireLockedSettings(tx, input.activityId);
      requireOpen(stateOf(settings, input.now));
      const answers = await checkAnswers(tx, settings, input.answers);
      const seat = freeSeatFor(await readSeatMap(tx, settings), input.nominatingRcpId);
      const status: TRegistrationStatus = seat === null ? "WAITLISTED" : seatedStatus(settings);
      await tx.registration.create({
        data: {
          id,
          tokenHash: registrationTokenHash(id, 1),
          activityId: input.activityId,
          status,
          ...input.person,
          ...answers,
          nominatingRcpId: input.nominatingRcpId,
          quotaRcpId: seat === null ? null : quotaColumn(seat),
          registeredById: input.registeredById,
        },
        select: { id: true },
      });
      await tx.registrationEvent.create({
        data: { registrationId: id, toStatus: status, actorId: input.registeredById },
        select: { id: true },
      });
      await queuePersonMail(tx, id, MAIL_OF_STATUS[status], 1, { registrar: input.registrar });
      return { id, status, version: 1 };
    }, REGISTRATION_TX);
  } catch (error) {
    if (isEmailClash(error)) throw new DomainError("CONFLICT", "alreadyRegistered");
    throw error;
  }
}

/** The unique (activity, email) refused the row: the person is registered already. */
function isEmailClash(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  const target = JSON.stringify(error.meta ?? {});
  return target.includes("email");
}
