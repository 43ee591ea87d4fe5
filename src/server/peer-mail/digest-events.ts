// The events of a batch of digests, read once per group of people who may see the same events:
// visibility depends only on the platform role and the roles in processes (policy.ts), so one query
// per group reads what the group's follows bring in the group's widest window, and each person's
// own window, follows (since they followed) and actions are applied to those rows.
import type { Prisma } from "~/generated/prisma/client";
import type { TDb } from "~/server/db-client";
import { followedEventsWhere, isFollowedEvent, type TFollow } from "~/server/peer-event/follows";
import { visiblePeerEventsWhere } from "~/server/peer-event/policy";
import { accessOf, type TAccess } from "~/server/user/access";
import {
  MAIL_EVENT_LIMIT,
  MAIL_EVENT_SELECT,
  type TMailEvent,
  type TRecipient,
  type TWindow,
} from "./events";

export type TDigestEvents = { events: TMailEvent[]; total: number };
export type TDigestReader = { recipient: TRecipient; window: TWindow };

const GROUP_EVENT_SELECT = {
  ...MAIL_EVENT_SELECT,
  actorId: true,
  rcpIds: true,
  themeIds: true,
  countryCodes: true,
} as const satisfies Prisma.PeerEventSelect;

/** People with equal keys see the same events; roles are part of it in case the rule comes to use them. */
export function accessKey(access: TAccess | null): string {
  if (!access) return "none";
  const roles = Object.entries(access.rcpRoles)
    .map(([rcpId, role]) => `${rcpId}:${role}`)
    .sort();
  return `${access.platformRole}|${roles.join(",")}`;
}

function groupByAccess(readers: readonly TDigestReader[]) {
  const groups = new Map<string, { access: TAccess | null; readers: TDigestReader[] }>();
  for (const reader of readers) {
    const access = accessOf(reader.recipient.id, reader.recipient);
    const key = accessKey(access);
    const group = groups.get(key) ?? { access, readers: [] };
    group.readers.push(reader);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Every follow target of the group once: the time each person followed is checked per person. */
function groupTargets(readers: readonly TDigestReader[]): TFollow[] {
  const targets = new Map<string, TFollow>();
  for (const { recipient } of readers) {
    for (const follow of recipient.follows) targets.set(`${follow.targetType}:${follow.targetId}`, follow);
  }
  return [...targets.values()];
}

/** Each reader's events, oldest first, at most MAIL_EVENT_LIMIT, and how many there are. */
export async function digestEvents(
  db: TDb,
  readers: readonly TDigestReader[],
): Promise<Map<string, TDigestEvents>> {
  const result = new Map<string, TDigestEvents>();
  for (const group of groupByAccess(readers)) {
    const from = new Date(Math.min(...group.readers.map((reader) => reader.window.from.getTime())));
    const to = new Date(Math.max(...group.readers.map((reader) => reader.window.to.getTime())));
    const rows = await db.peerEvent.findMany({
      where: {
        AND: [
          visiblePeerEventsWhere(group.access),
          followedEventsWhere(groupTargets(group.readers), { sinceFollowed: false }),
          { createdAt: { gte: from, lt: to } },
        ],
      },
      orderBy: { id: "asc" },
      select: GROUP_EVENT_SELECT,
    });
    for (const { recipient, window } of group.readers) {
      const own = rows.filter(
        (row) =>
          row.createdAt >= window.from &&
          row.createdAt < window.to &&
          row.actorId !== recipient.id &&
          isFollowedEvent(row, recipient.follows, { sinceFollowed: true }),
      );
      result.set(recipient.id, { events: own.slice(0, MAIL_EVENT_LIMIT), total: own.length });
    }
  }
  return result;
}
