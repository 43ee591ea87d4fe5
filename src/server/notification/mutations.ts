import type { TDb } from "~/server/db-client";
import { DomainError } from "~/server/errors";
import type { TAccess } from "~/server/user/access";
import { notificationScope } from "./scope";

/** Only one of the person's own notifications can be marked: any other id is unknown to them. */
export async function markNotificationRead(db: TDb, access: TAccess, eventId: bigint): Promise<void> {
  const scope = await notificationScope(db, access);
  const isTheirs =
    scope.hasFollows && (await db.peerEvent.count({ where: { AND: [scope.where, { id: eventId }] } })) > 0;
  if (!isTheirs) throw new DomainError("NOT_FOUND");
  if (eventId <= scope.readThroughId) return;
  await db.notificationRead.createMany({ data: [{ userId: access.userId, eventId }], skipDuplicates: true });
}

/**
 * Everything up to the newest notification is read: the watermark moves there (never back, when
 * two tabs ask at once) and the single reads it now covers go.
 */
export async function markAllNotificationsRead(db: TDb, access: TAccess): Promise<void> {
  const scope = await notificationScope(db, access);
  if (!scope.hasFollows) return;
  const newest = await db.peerEvent.findFirst({
    where: scope.where,
    orderBy: { id: "desc" },
    select: { id: true },
  });
  if (!newest || newest.id <= scope.readThroughId) return;
  await db.$transaction([
    db.$executeRaw`
      INSERT INTO "NotificationWatermark" ("userId", "readThroughId", "updatedAt")
      VALUES (${access.userId}, ${newest.id}, now())
      ON CONFLICT ("userId") DO UPDATE
        SET "readThroughId" = GREATEST("NotificationWatermark"."readThroughId", EXCLUDED."readThroughId"),
            "updatedAt" = now()`,
    db.notificationRead.deleteMany({ where: { userId: access.userId, eventId: { lte: newest.id } } }),
  ]);
}
