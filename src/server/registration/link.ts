// What the person does through their private link besides withdrawing, and a new link.
import type { TAnswers } from "~/domain/registration/schema";
import { activityStart } from "~/domain/registration/state";
import { recordAudit } from "~/server/audit/record";
import type { TDb } from "~/server/db-client";
import { DomainError } from "~/server/errors";
import { checkAnswers } from "./answers";
import { queuePersonMail } from "./person-mail";
import { registrationTokenHash } from "./token";

type TAnswersChange = { registrationId: string; baseVersion: number; answers: TAnswers; now: Date };

/** Changes the answers while the registration stands and the activity has not started. */
export async function updateAnswers(db: TDb, change: TAnswersChange) {
  return db.$transaction(async (tx) => {
    const current = await tx.registration.findUniqueOrThrow({
      where: { id: change.registrationId },
      select: {
        activityId: true,
        status: true,
        version: true,
        activity: { select: { status: true, startsAt: true, startDate: true } },
      },
    });
    if (current.activity.status === "CANCELLED") throw new DomainError("BAD_REQUEST", "activityCancelled");
    if (change.now >= activityStart(current.activity))
      throw new DomainError("BAD_REQUEST", "registrationClosed");
    if (current.status === "REJECTED" || current.status === "WITHDRAWN") {
      throw new DomainError("BAD_REQUEST", "registrationStateChanged");
    }
    const settings = await tx.registrationSettings.findUniqueOrThrow({
      where: { activityId: current.activityId },
      select: { activityId: true, questions: true, requiredQuestions: true },
    });
    const answers = await checkAnswers(tx, settings, change.answers);
    const { count } = await tx.registration.updateMany({
      where: { id: change.registrationId, version: change.baseVersion },
      data: { ...answers, version: { increment: 1 } },
    });
    if (count === 0) {
      throw new DomainError("CONFLICT", "CONFLICT", {
        current: { status: current.status, version: current.version },
      });
    }
    return { version: change.baseVersion + 1 };
  });
}

/** A new private link, mailed to the person; the previous link stops working at once. */
export async function renewLink(db: TDb, renewal: { registrationId: string; actorId: string }) {
  return db.$transaction(async (tx) => {
    const { tokenGeneration } = await tx.registration.update({
      where: { id: renewal.registrationId },
      data: { tokenGeneration: { increment: 1 } },
      select: { tokenGeneration: true },
    });
    await tx.registration.update({
      where: { id: renewal.registrationId },
      data: { tokenHash: registrationTokenHash(renewal.registrationId, tokenGeneration) },
      select: { id: true },
    });
    await queuePersonMail(tx, renewal.registrationId, "link", tokenGeneration);
    await recordAudit(tx, {
      actorId: renewal.actorId,
      action: "registration.link",
      targetType: "Registration",
      targetId: renewal.registrationId,
    });
    return { sent: true };
  });
}
