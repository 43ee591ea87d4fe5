// The answers a registration keeps: only those to questions the activity asks, every required one
// present, and a chosen government or organisation from one of the hosts' participant lists.
import type { TAnswers } from "~/domain/registration/schema";
import type { TRegistrationQuestion } from "~/domain/registration/vocabulary";
import { ACCEPTED_HOST } from "~/server/activity/policy";
import type { TTx } from "~/server/db-client";
import { DomainError } from "~/server/errors";

type TQuestions = {
  activityId: string;
  questions: TRegistrationQuestion[];
  requiredQuestions: TRegistrationQuestion[];
};

const FIELDS = {
  ROLE: ["role"],
  ORGANISATION: ["participantCode", "organisation"],
  DIETARY_NEEDS: ["dietaryNeeds"],
  ACCESS_NEEDS: ["accessNeeds"],
  COMMENT: ["comment"],
} as const satisfies Record<TRegistrationQuestion, readonly (keyof TAnswers)[]>;

export async function checkAnswers(tx: TTx, settings: TQuestions, answers: TAnswers): Promise<TAnswers> {
  const asked = new Set(settings.questions);
  // The government or organisation is kept even when not asked: it describes the person.
  const kept: TAnswers = {
    role: asked.has("ROLE") ? answers.role : null,
    participantCode: answers.participantCode,
    organisation: answers.organisation,
    dietaryNeeds: asked.has("DIETARY_NEEDS") ? answers.dietaryNeeds : null,
    accessNeeds: asked.has("ACCESS_NEEDS") ? answers.accessNeeds : null,
    comment: asked.has("COMMENT") ? answers.comment : null,
  };
  const missing = settings.requiredQuestions.filter((question) =>
    FIELDS[question].every((field) => kept[field] === null),
  );
  if (missing.length > 0) {
    throw new DomainError("BAD_REQUEST", "answersRequired", { questions: missing });
  }
  if (kept.participantCode !== null) {
    const listed = await tx.membership.findFirst({
      where: {
        participant: { code: kept.participantCode },
        rcp: { activities: { some: { ...ACCEPTED_HOST, activityId: settings.activityId } } },
      },
      select: { id: true },
    });
    if (!listed) throw new DomainError("BAD_REQUEST", "unknownParticipant");
  }
  return kept;
}
