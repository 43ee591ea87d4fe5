import type { TDb } from "~/server/db-client";
import { DomainError } from "~/server/errors";
import type { TAccess } from "~/server/user/access";
import { settledBefore } from "~/server/peer-event/settled";
import { isCovered, notificationScope, unreadWhere } from "./scope";

/** Only one of the person's own notifications can be marked: any other id is unknown to them. */
export async function markNotificationRead(db: TDb, access: TAccess, eventId: bigint): Promise<void> {
  const scope = await notificationScope(db, access);
  const event = scope.hasFollows
    ? await db.peerEvent.findFirst({
        where: { AND: [scope.where, { id: eventId }] },
        select: { id: true, createdAt: true },
      })
    : null;
  if (!event) throw new DomainError("NOT_FOUND");
  if (isCovered(scope, event)) return;
  await db.notificationRead.createMany({ data: [{ userId: access.userId, eventId }], skipDuplicates: true });
}

/** Past this many, the newest events not yet settled are left unread rather than marked one by one. */
const UNSETTLED_READS_MAX = 500;

/**
 * Everything the person may see now is read. Event ids are taken before commit, so the newest id
 * shown does not bound what has committed: the watermark covers ids up to the newest event older
 * than settledBefore (every such event has committed) and only times before that bound; the few
 * newer events are marked one by one. An event still committing stays unread. Two tabs asking at
 * once only ever move the watermark forward, and the single reads it now covers go.
 */
export async function markAllNotificationsRead(db: TDb, access: TAccess): Promise<void> {
  const scope = await notificationScope(db, access);
  if (!scope.hasFollows) return;
  const settled = await settledBefore(db, new Date());
  const [newestSettled, unsettled] = await Promise.all([
    db.peerEvent.findFirst({
      where: { AND: [scope.where, { createdAt: { lt: settled } }] },
      orderBy: { id: "desc" },
      select: { id: true },
    }),
    db.peerEvent.findMany({
      where: { AND: [unreadWhere(scope, access.userId), { createdAt: { gte: settled } }] },
      orderBy: { id: "desc" },
      take: UNSETTLED_READS_MAX,
      select: { id: true },
    }),
  ]);
  const readThroughId = newestSettled?.id ?? scope.readThroughId;
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`
      INSERT INTO "NotificationWatermark" ("userId", "readThroughId", "readThroughAt", "updatedAt")
      VALUES (${access.userId}, ${readThroughId}, ${settled.toISOString()}::timestamp(3), now())
      ON CONFLICT ("userId") DO UPDATE
        SET "readThroughId" = GREATEST("NotificationWatermark"."readThroughId", EXCLUDED."readThroughId"),
            "readThroughAt" = GREATEST("NotificationWatermark"."readThroughAt", EXCLUDED."readThroughAt"),
            "updatedAt" = now()`;
    await tx.notificationRead.createMany({
      data: unsettled.map((event) => ({ userId: access.userId, eventId: event.id })),
      skipDuplicates: true,
    });
    await tx.$executeRaw`
      DELETE FROM "NotificationRead" r USING "PeerEvent" e, "NotificationWatermark" w
      WHERE r."userId" = ${access.userId} AND w."userId" = r."userId" AND e."id" = r."eventId"
        AND e."id" <= w."readThroughId" AND e."createdAt" < w."readThroughAt"`;
  });
}
