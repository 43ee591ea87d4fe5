import type { PeerEventKind } from "~/generated/prisma/client";
import type { TDb } from "~/server/db-client";
import type { TAccess } from "~/server/user/access";
import { notificationScope, unreadWhere } from "./scope";

/** The header shows "99+" beyond this: counting further would cost without telling more. */
export const UNREAD_SHOWN_MAX = 99;

export type TUnreadCount = { count: number; isMore: boolean };

export async function unreadCount(db: TDb, access: TAccess): Promise<TUnreadCount> {
  const scope = await notificationScope(db, access);
  if (!scope.hasFollows) return { count: 0, isMore: false };
  const count = await db.peerEvent.count({
    where: unreadWhere(scope, access.userId),
    take: UNREAD_SHOWN_MAX + 1,
  });
  return { count: Math.min(count, UNREAD_SHOWN_MAX), isMore: count > UNREAD_SHOWN_MAX };
}

export type TNotification = {
  /** The event's id, as text: it may exceed what a JavaScript number holds exactly. */
  id: string;
  kind: PeerEventKind;
  createdAt: Date;
  isRead: boolean;
  rcp: { slug: string; shortName: string; localizedNames: unknown };
  activity: { slug: string; title: unknown } | null;
  document: { title: string } | null;
};

export type TNotificationPage = { items: TNotification[]; nextCursor: string | null };

/** Newest first, a page at a time: `cursor` is the id of the last item of the previous page. */
export async function listNotifications(
  db: TDb,
  access: TAccess,
  page: { cursor?: bigint; limit: number },
): Promise<TNotificationPage> {
  const scope = await notificationScope(db, access);
  if (!scope.hasFollows) return { items: [], nextCursor: null };
  const rows = await db.peerEvent.findMany({
    where: page.cursor === undefined ? scope.where : { AND: [scope.where, { id: { lt: page.cursor } }] },
    orderBy: { id: "desc" },
    take: page.limit + 1,
    select: {
      id: true,
      kind: true,
      createdAt: true,
      rcp: { select: { slug: true, shortName: true, localizedNames: true } },
      activity: { select: { slug: true, title: true } },
      document: { select: { title: true } },
      notificationReads: { where: { userId: access.userId }, select: { eventId: true } },
    },
  });
  const items = rows.slice(0, page.limit).map(({ notificationReads, id, ...row }) => ({
    ...row,
    id: id.toString(),
    isRead: id <= scope.readThroughId || notificationReads.length > 0,
  }));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > page.limit && last ? last.id : null };
}
