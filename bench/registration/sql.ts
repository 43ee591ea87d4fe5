// "The same SQL run directly" for the participant list: the statements Prisma sends for one
// request (the caller's access, the activity's audience, the page and its counts), captured from
// its query log; bench/activities/sql.ts replays them.
import { readParticipants } from "../../src/server/registration/data";
import { participantScope } from "../../src/server/registration/policy";
import { findRegistrationAudience } from "../../src/server/registration/target";
import { loadAccess } from "../../src/server/user/access";
import { BenchError } from "../cleanup";
import { captureQueries, type TStatement } from "../activities/sql";
import type { TParticipantsCase } from "./report";

export async function captureParticipantStatements(
  databaseUrl: string,
  userId: string,
  benchCase: TParticipantsCase,
): Promise<TStatement[]> {
  return captureQueries(databaseUrl, async (db) => {
    const access = await loadAccess(db, userId);
    const audience = await findRegistrationAudience(db, benchCase.input.activityId);
    const scope = access && audience ? participantScope(access, audience) : null;
    if (!scope) throw new BenchError(`The bench editor may not see the participants (${benchCase.key}).`);
    const page = await readParticipants(db, { limit: 50, ...benchCase.input, scope });
    if (page.items.length === 0) throw new BenchError(`The bench case "${benchCase.key}" finds no one.`);
  });
}
