// Which events a person's mail reports: those their follows bring since they followed, that they
// may see now (read when the mail is composed), in the mail's window, and not their own doing.
import type { Prisma } from "~/generated/prisma/client";
import type { TFollow } from "~/server/peer-event/follows";
import { followedEventsWhere } from "~/server/peer-event/follows";
import { visiblePeerEventsWhere } from "~/server/peer-event/policy";
import { SENTENCE_SELECT } from "~/server/peer-event/sentence";
import { accessOf, ACCESS_SELECT } from "~/server/user/access";

/** A half-open window [from, to) on the events' time. */
export type TWindow = { from: Date; to: Date };

/** What a mail needs of its recipient, read in one query with the follows and the access. */
export const RECIPIENT_SELECT = {
  id: true,
  email: true,
  name: true,
  locale: true,
  peerMailFrom: true,
  ...ACCESS_SELECT,
  follows: { select: { targetType: true, targetId: true, createdAt: true } },
} as const satisfies Prisma.UserSelect;

export type TRecipient = Prisma.UserGetPayload<{ select: typeof RECIPIENT_SELECT }>;

/** What a mail's sentence needs: the same as the feed's. */
export const MAIL_EVENT_SELECT = SENTENCE_SELECT satisfies Prisma.PeerEventSelect;

export type TMailEvent = Prisma.PeerEventGetPayload<{ select: typeof MAIL_EVENT_SELECT }>;

/** Past this many events a mail lists the first ones and sends the reader to the feed. */
export const MAIL_EVENT_LIMIT = 50;

export function recipientEventsWhere(recipient: TRecipient, window: TWindow): Prisma.PeerEventWhereInput {
  const follows: TFollow[] = recipient.follows;
  return {
    AND: [
      visiblePeerEventsWhere(accessOf(recipient.id, recipient)),
      followedEventsWhere(follows, { sinceFollowed: true }),
      { createdAt: { gte: window.from, lt: window.to } },
      // Prisma's `not` alone would also drop events whose actor's account is gone (NULL).
      { OR: [{ actorId: null }, { actorId: { not: recipient.id } }] },
    ],
  };
}
