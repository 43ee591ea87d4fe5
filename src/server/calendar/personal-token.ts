// The secret in a personal feed's address. Like invitation links it carries 32 random bytes and
// only its SHA-256 is stored: the address is shown once, and a leaked database opens no feed.
import { recordAudit } from "~/server/audit/record";
import { createToken, hashToken } from "~/server/auth/token";
import type { TDb } from "~/server/db-client";
import { ACCESS_SELECT, accessOf, type TAccess } from "~/server/user/access";

/** base64url of 32 bytes: anything else is refused before it is hashed or looked up. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export const isCalendarTokenShape = (value: string) => TOKEN_SHAPE.test(value);

export async function personalFeedStatus(db: TDb, userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { calendarTokenCreatedAt: true },
  });
  return { createdAt: user?.calendarTokenCreatedAt ?? null };
}

/** A new address for the user; the previous one, if any, stops working in the same write. */
export async function resetPersonalFeed(db: TDb, userId: string): Promise<{ token: string }> {
  const { token, tokenHash } = createToken();
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { calendarTokenHash: true } });
    await tx.user.update({
      where: { id: userId },
      data: { calendarTokenHash: tokenHash, calendarTokenCreatedAt: new Date() },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: userId,
      action: before?.calendarTokenHash ? "calendar.reset" : "calendar.create",
      targetType: "User",
      targetId: userId,
    });
  });
  return { token };
}

/**
 * What the holder of a personal address may see: the access of its user, read now. An unknown,
 * replaced or malformed token, or a disabled account, gives null alike.
 */
export async function accessByCalendarToken(db: TDb, token: string): Promise<TAccess | null> {
  if (!isCalendarTokenShape(token)) return null;
  const user = await db.user.findUnique({
    where: { calendarTokenHash: hashToken(token) },
    select: { id: true, ...ACCESS_SELECT },
  });
  return user ? accessOf(user.id, user) : null;
}
