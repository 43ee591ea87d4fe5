// A person's choice of peer-update mail, and the one-click unsubscribe that needs no sign-in.
import type { TEmailFrequency } from "~/domain/email-preference/schema";
import type { TDb } from "~/server/db-client";
import { checkUnsubscribeToken } from "./unsubscribe-token";

export async function getEmailPreference(db: TDb, userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { emailFrequency: true, _count: { select: { follows: true } } },
  });
  return { frequency: user.emailFrequency, followCount: user._count.follows };
}

/**
 * Changing between mailing frequencies keeps the cursor, so the next mail starts where the last
 * stopped. Turning mail back on starts from now: what happened while it was off is not sent later.
 */
export async function saveEmailPreference(
  db: TDb,
  userId: string,
  frequency: TEmailFrequency,
  now: Date = new Date(),
): Promise<{ frequency: TEmailFrequency }> {
  if (frequency !== "OFF") {
    const resumed = await db.user.updateMany({
      where: { id: userId, emailFrequency: "OFF" },
      data: { emailFrequency: frequency, peerMailFrom: now },
    });
    if (resumed.count === 1) return { frequency };
  }
  await db.user.update({ where: { id: userId }, data: { emailFrequency: frequency }, select: { id: true } });
  return { frequency };
}

export type TUnsubscribeState =
  { status: "valid"; email: string; isOff: boolean } | { status: "invalid" | "expired" };

/** What the unsubscribe page shows for a token; reads only. */
export async function unsubscribeState(
  db: TDb,
  token: string,
  now: Date = new Date(),
): Promise<TUnsubscribeState> {
  const check = checkUnsubscribeToken(token, now);
  if (!check.isValid) return { status: check.reason };
  const user = await db.user.findUnique({
    where: { id: check.userId },
    select: { email: true, emailFrequency: true },
  });
  if (!user) return { status: "invalid" };
  return { status: "valid", email: user.email, isOff: user.emailFrequency === "OFF" };
}

/** The one-click unsubscribe (RFC 8058): turns peer-update mail off; a bad token changes nothing. */
export async function unsubscribeWithToken(
  db: TDb,
  token: string,
  now: Date = new Date(),
): Promise<TUnsubscribeState> {
  const check = checkUnsubscribeToken(token, now);
  if (!check.isValid) return { status: check.reason };
  // A signed token of a deleted account finds no one; any other failure is the database's, not the link's.
  const turnedOff = await db.user.updateMany({
    where: { id: check.userId },
    data: { emailFrequency: "OFF" },
  });
  if (turnedOff.count === 0) return { status: "invalid" };
  return unsubscribeState(db, token, now);
}
