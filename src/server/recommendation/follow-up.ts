// Recording a status change: checked against the recommendation's tier, the acting host's current
// members and the evidence the writer may see, then appended with the kept statuses in one
// transaction, conditional on the version the writer read.
import type { TFollowUpFields } from "~/domain/recommendation/schema";
import { canSeeActivity, type TActivityAudience } from "~/server/activity/policy";
import type { TDb } from "~/server/db-client";
import { DomainError } from "~/server/errors";
import type { TAccess } from "~/server/user/access";
import { canActForHost, isFollowUpWithin, recommendationAudience, statusColumnsReached } from "./policy";

type TSetStatus = {
  recommendationId: string;
  baseVersion: number;
  data: TFollowUpFields;
  audience: TActivityAudience;
  access: TAccess;
};

async function currentMemberIds(db: TDb, rcpId: string, codes: readonly string[], today: Date) {
  if (codes.length === 0) return [];
  const rows = await db.membership.findMany({
    where: {
      rcpId,
      role: "MEMBER",
      participant: { code: { in: [...codes] }, kind: "STATE" },
      OR: [{ endDate: null }, { endDate: { gte: today } }],
    },
    select: { participant: { select: { id: true, code: true } } },
  });
  const found = new Map(rows.map((row) => [row.participant.code, row.participant.id]));
  const strangers = codes.filter((code) => !found.has(code));
  if (strangers.length > 0) throw new DomainError("BAD_REQUEST", "notCurrentMember", { codes: strangers });
  return [...found.values()];
}

async function checkEvidenceDocument(db: TDb, access: TAccess, documentId: string) {
  const row = await db.activityDocument.findUnique({
    where: { id: documentId },
    select: { visibility: true, activity: { select: { visibility: true, hostRcpIds: true } } },
  });
  if (!row || !canSeeActivity(access, recommendationAudience(row.visibility, row.activity))) {
    throw new DomainError("BAD_REQUEST", "evidenceDocumentUnavailable");
  }
}

export async function setStatus(db: TDb, input: TSetStatus) {
  const { data, access, audience } = input;
  if (!canActForHost(access, audience, data.rcpId)) throw new DomainError("BAD_REQUEST", "notActingHost");
  if (!isFollowUpWithin(data.visibility, audience.visibility)) {
    throw new DomainError("BAD_REQUEST", "followUpWiderThanRecommendation");
  }
  const date = new Date(`${data.date}T00:00:00Z`);
  const today = new Date(new Date().toISOString().slice(0, 10));
  const participantIds = await currentMemberIds(db, data.rcpId, data.memberStates, today);
  if (data.evidenceDocumentId) await checkEvidenceDocument(db, access, data.evidenceDocumentId);
  const reached = Object.fromEntries(
    statusColumnsReached(data.visibility).map((column) => [column, data.status]),
  );
  return db.$transaction(async (tx) => {
    const { count } = await tx.recommendation.updateMany({
      where: { id: input.recommendationId, version: input.baseVersion },
      data: { ...reached, version: { increment: 1 } },
    });
    if (count === 0) throw new DomainError("CONFLICT");
    const followUp = await tx.recommendationFollowUp.create({
      data: {
        recommendationId: input.recommendationId,
        status: data.status,
        rcpId: data.rcpId,
        evidenceText: data.evidenceText || null,
        evidenceUrl: data.evidenceUrl || null,
        evidenceDocumentId: data.evidenceDocumentId || null,
        date,
        visibility: data.visibility,
        recordedById: access.userId,
        actors: { create: participantIds.map((participantId) => ({ participantId })) },
      },
      select: { id: true },
    });
    return { id: followUp.id, version: input.baseVersion + 1 };
  });
}
