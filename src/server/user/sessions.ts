import type { TDb } from "~/server/db-client";

type TTx = Parameters<Parameters<TDb["$transaction"]>[0]>[0];

/** Ends every session of the user at its next request (tokens carry the old version). */
export async function endAllSessions(db: TDb | TTx, userId: string) {
  await db.user.update({
    where: { id: userId },
    data: { sessionVersion: { increment: 1 } },
    select: { id: true },
  });
}
