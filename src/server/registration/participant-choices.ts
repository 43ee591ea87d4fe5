// The governments and organisations a registration may name from a list: the participants of the
// activity's accepted hosts (members and observers), as answers.ts accepts them.
import { ACCEPTED_HOST } from "~/server/activity/policy";
import type { TDb } from "~/server/db-client";

export async function readParticipantChoices(db: TDb, activityId: string) {
  return db.participant.findMany({
    where: { memberships: { some: { rcp: { activities: { some: { ...ACCEPTED_HOST, activityId } } } } } },
    orderBy: { code: "asc" },
    select: { code: true, kind: true, acronym: true, localizedAcronyms: true, name: true },
  });
}
