// Peer updates as they happen: every minute, one mail per new event per person who asked for them.
// Each person's cursor (peerMailFrom) says which events were already considered for them, and moves
// in the transaction that queues their mails; should anything run twice, the mail's key (person and
// event) lets each event be queued once.
import { toLocale } from "~/i18n/routing";
import type { TDb } from "~/server/db-client";
import { peerEventMail } from "~/server/mail/peer-messages";
import { queueMail } from "~/server/mail/queue";
import { settledBefore } from "~/server/peer-event/settled";
import { peerMailAppUrl } from "./app-url";
import { MAIL_EVENT_SELECT, RECIPIENT_SELECT, recipientEventsWhere, type TRecipient } from "./events";
import { unsubscribeToken } from "./unsubscribe-token";

/**
 * Events younger than this are left for the next run: an event's time is its transaction's start,
 * so one still committing could otherwise appear behind a cursor that already passed it.
 */
export const SETTLE_MS = 30_000;

export const peerEventKey = (userId: string, eventId: bigint) => `peer-event:${userId}:${eventId}`;

/** Queues the mails of every person on IMMEDIATE with new events; returns how many were queued. */
export async function queuePeerEventMails(db: TDb, now: Date): Promise<number> {
  // The delay covers what is about to commit; settledBefore, a transaction left open longer.
  const until = await settledBefore(db, new Date(now.getTime() - SETTLE_MS));
  // Set-based: only people whose follows match an event past their cursor, in one query.
  const due = await db.$queryRaw<{ id: string }[]>`
    SELECT u."id" FROM "User" u
    WHERE u."emailFrequency" = 'IMMEDIATE' AND u."disabledAt" IS NULL AND u."peerMailFrom" < ${until}
      AND EXISTS (
        SELECT 1 FROM "Follow" f JOIN "PeerEvent" e
          ON (f."targetType" = 'RCP' AND e."rcpIds" @> ARRAY[f."targetId"])
          OR (f."targetType" = 'THEME' AND e."themeIds" @> ARRAY[f."targetId"])
          OR (f."targetType" = 'COUNTRY' AND e."countryCodes" @> ARRAY[f."targetId"])
        WHERE f."userId" = u."id" AND e."createdAt" >= u."peerMailFrom" AND e."createdAt" < ${until}
      )
    ORDER BY u."id"`;
  let queued = 0;
  for (const { id } of due) {
    const recipient = await db.user.findUnique({ where: { id }, select: RECIPIENT_SELECT });
    if (recipient) queued += await mailsFor(db, recipient, until);
  }
  return queued;
}

async function mailsFor(db: TDb, recipient: TRecipient, until: Date): Promise<number> {
  // Every event since the cursor, however many: each is its own mail.
  const events = await db.peerEvent.findMany({
    where: recipientEventsWhere(recipient, { from: recipient.peerMailFrom, to: until }),
    orderBy: { id: "asc" },
    select: MAIL_EVENT_SELECT,
  });
  const locale = toLocale(recipient.locale);
  const token = unsubscribeToken(recipient.id, until);
  return db.$transaction(async (tx) => {
    const moved = await tx.user.updateMany({
      where: { id: recipient.id, peerMailFrom: recipient.peerMailFrom, emailFrequency: "IMMEDIATE" },
      data: { peerMailFrom: until },
    });
    if (moved.count === 0) return 0;
    return queueMail(
      tx,
      events.map((event) => ({
        ...peerEventMail({
          locale,
          appUrl: peerMailAppUrl(),
          to: recipient.email,
          name: recipient.name,
          unsubscribeToken: token,
          event,
        }),
        idempotencyKey: peerEventKey(recipient.id, event.id),
      })),
    );
  });
}
