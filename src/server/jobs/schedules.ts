// Everything the platform does on a clock. Each entry becomes a pg-boss queue of the same name with
// a cron schedule; pg-boss sends each due run once, however many app instances are up. Handlers
// take the database and the time so tests call them directly instead of waiting for the clock.
import type { TDb } from "~/server/db-client";
import type { TMailer } from "~/server/mail/mailer";
import { queuePeerDigests } from "~/server/peer-mail/digest";
import { queuePeerEventMails } from "~/server/peer-mail/immediate";
import { queueHostDailySummaries, queueRegistrationReminders } from "~/server/registration/scheduled";
import { extractDueTexts, TEXT_EXTRACTION } from "~/server/search/text-extraction";
import type { TFileStorage } from "~/server/storage/storage";
import { deliverDueMail } from "./delivery";

export type TSchedule = {
  /** Also the pg-boss queue's name: letters, digits, dashes. */
  name: string;
  /** Five-field cron, in UTC. */
  cron: string;
  handler: (db: TDb, now: Date) => Promise<unknown>;
  /** Whether a run may have queued mail, which is then delivered at once. */
  isQueueingMail?: boolean;
};

/** The queue `wakeMailDelivery()` nudges; its schedule is the sweep that catches anything missed. */
export const MAIL_DELIVERY = "mail-delivery";

/** Without `storage` (tests of the mail schedules) there is no text extraction. */
export function appSchedules(mailer: () => TMailer, storage?: () => TFileStorage): readonly TSchedule[] {
  return [
    {
      name: MAIL_DELIVERY,
      cron: "* * * * *",
      handler: (db, now) => deliverDueMail(db, mailer(), { now: clockFrom(now) }),
    },
    // Registration: reminders two days before the start, and the hosts' daily summaries.
    {
      name: "registration-reminders",
      cron: "*/15 * * * *",
      handler: queueRegistrationReminders,
      isQueueingMail: true,
    },
    {
      name: "registration-daily-summaries",
      cron: "0 6 * * *",
      handler: queueHostDailySummaries,
      isQueueingMail: true,
    },
    // Search: the text inside uploaded files; uploads wake it, this sweep catches the rest.
    ...(storage
      ? [
          {
            name: TEXT_EXTRACTION,
            cron: "* * * * *",
            handler: (db: TDb, now: Date) => extractDueTexts(db, storage(), now),
          },
        ]
      : []),
    // Peer updates by email: as they happen, and the daily and weekly (Monday) digests.
    { name: "peer-mail-immediate", cron: "* * * * *", handler: queuePeerEventMails, isQueueingMail: true },
    {
      name: "peer-digest-daily",
      cron: "0 6 * * *",
      handler: (db, now) => queuePeerDigests(db, "DAILY", now),
      isQueueingMail: true,
    },
    {
      name: "peer-digest-weekly",
      cron: "0 6 * * 1",
      handler: (db, now) => queuePeerDigests(db, "WEEKLY", now),
      isQueueingMail: true,
    },
  ];
}

/** A clock that reads `start` now and runs on from there (a test's `now` may be in the future). */
function clockFrom(start: Date): () => Date {
  const offset = start.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}
