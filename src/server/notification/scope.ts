// Which events are a person's notifications: those they may see now (the events' one visibility
// rule), brought by their follows since they followed, and not their own doing. Nothing is copied
// per person: read state is a watermark plus single reads above it (see schema.prisma).
import type { Prisma } from "~/generated/prisma/client";
import type { TDb } from "~/server/db-client";
import { readFollows } from "~/server/follow/data";
import { followedEventsWhere } from "~/server/peer-event/follows";
import { visiblePeerEventsWhere } from "~/server/peer-event/policy";
import type { TAccess } from "~/server/user/access";

export type TNotificationScope = {
  /** The person's notifications, read or not. */
  where: Prisma.PeerEventWhereInput;
  /** Every notification with an id up to this (and a time before readThroughAt, if set) is read. */
  readThroughId: bigint;
  readThroughAt: Date | null;
  hasFollows: boolean;
};

export async function notificationScope(db: TDb, access: TAccess): Promise<TNotificationScope> {
  const [follows, watermark] = await Promise.all([
    readFollows(db, access.userId),
    db.notificationWatermark.findUnique({
      where: { userId: access.userId },
      select: { readThroughId: true, readThroughAt: true },
    }),
  ]);
  return {
    where: {
      AND: [
        visiblePeerEventsWhere(access),
        followedEventsWhere(follows, { sinceFollowed: true }),
        // Not `NOT { actorId }`: that would also drop events whose actor's account was deleted.
        { OR: [{ actorId: null }, { actorId: { not: access.userId } }] },
      ],
    },
    readThroughId: watermark?.readThroughId ?? 0n,
    readThroughAt: watermark?.readThroughAt ?? null,
    hasFollows: follows.length > 0,
  };
}

type TWatermark = Pick<TNotificationScope, "readThroughId" | "readThroughAt">;

/** Whether the watermark covers the event: read by "mark all". */
export const isCovered = (watermark: TWatermark, event: { id: bigint; createdAt: Date }) =>
  event.id <= watermark.readThroughId &&
  (watermark.readThroughAt === null || event.createdAt < watermark.readThroughAt);

/** isCovered's complement as a filter. */
const notCoveredWhere = (watermark: TWatermark): Prisma.PeerEventWhereInput =>
  watermark.readThroughAt === null
    ? { id: { gt: watermark.readThroughId } }
    : { OR: [{ id: { gt: watermark.readThroughId } }, { createdAt: { gte: watermark.readThroughAt } }] };

/** The unread ones among them. */
export const unreadWhere = (scope: TNotificationScope, userId: string): Prisma.PeerEventWhereInput => ({
  AND: [scope.where, notCoveredWhere(scope), { notificationReads: { none: { userId } } }],
});
