import type { TDb } from "~/server/db-client";
import { isSessionCurrent, type TTokenClaims } from "./session-rules";

/**
 * The user a session token names, re-read from the database, or null when the token no longer
 * counts: the account is gone or disabled, or the session was ended or has outlived its maximum.
 */
export async function findCurrentUser(db: TDb, token: TTokenClaims & { sub?: string }, maxHours: number) {
  if (!token.sub) return null;
  const user = await db.user.findUnique({
    where: { id: token.sub },
    select: { id: true, email: true, name: true, platformRole: true, disabledAt: true, sessionVersion: true },
  });
  return user && isSessionCurrent(token, user, Date.now(), maxHours) ? user : null;
}
