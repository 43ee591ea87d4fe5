import type { PeerEventKind } from "~/generated/prisma/client";
import type { TLocale } from "~/i18n/routing";
import type { TDb } from "~/server/db-client";
import { eventSentenceOrName, SENTENCE_SELECT, type TSegment } from "~/server/peer-event/sentence";
import type { TAccess } from "~/server/user/access";
import { isCovered, notificationScope, unreadWhere } from "./scope";

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
  /** The feed's sentence for it, in the reader's language. */
  sentence: TSegment[];
};

export type TNotificationPage = { items: TNotification[]; nextCursor: string | null };

/** Newest first, a page at a time: `cursor` is the id of the last item of the previous page. */
export async function listNotifications(
  db: TDb,
  access: TAccess,
  page: { cursor?: bigint; limit: number; locale: TLocale },
): Promise<TNotificationPage> {
  const scope = await notificationScope(db, access);
  if (!scope.hasFollows) return { items: [], nextCursor: null };
  const rows = await db.peerEvent.findMany({
    where: page.cursor === undefined ? scope.where : { AND: [scope.where, { id: { lt: page.cursor } }] },
    orderBy: { id: "desc" },
    take: page.limit + 1,
    select: {
      ...SENTENCE_SELECT,
      notificationReads: { where: { userId: access.userId }, select: { eventId: true } },
    },
  });
  const items = rows.slice(0, page.limit).map((row) => ({
    id: row.id.toString(),
    kind: row.kind,
    createdAt: row.createdAt,
    isRead: isCovered(scope, row) || row.notificationReads.length > 0,
    sentence: eventSentenceOrName(row, page.locale),
  }));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > page.limit && last ? last.id : null };
}
