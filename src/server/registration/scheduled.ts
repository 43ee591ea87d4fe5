// Registration's scheduled mail, run by the job queue: the reminder two days before an activity
// starts, and each host editor's daily summary. Both only queue, under keys naming what they are
// about, so a schedule that runs twice (several app instances, a retried job) queues nothing twice.
import { toLocale } from "~/i18n/routing";
import { activityStart } from "~/domain/registration/state";
import { ACCEPTED_HOST } from "~/server/activity/policy";
import type { TDb } from "~/server/db-client";
import { queueMail, type TQueuedMail } from "~/server/mail/queue";
import { registrationSummaryMail } from "~/server/mail/registration-messages";
import { firstDayIn, personMail, titleIn } from "./person-mail";
import { registrationAppUrl } from "./token";

const DAY = 24 * 60 * 60 * 1000;
export const REMINDER_BEFORE_MS = 2 * DAY;

/**
 * Reminds every confirmed person of an activity that starts within the next two days. The key
 * names the registration and the start it reminds of: one reminder per start, a postponed
 * activity's new start gets its own.
 */
export async function queueRegistrationReminders(db: TDb, now: Date): Promise<number> {
  const upcoming = await db.activity.findMany({
    where: {
      status: { not: "CANCELLED" },
      registrationSettings: { isNot: null },
      // A coarse filter on the day; the exact start is compared below.
      startDate: { gte: new Date(now.getTime() - DAY), lte: new Date(now.getTime() + REMINDER_BEFORE_MS) },
    },
    select: { id: true, startsAt: true, startDate: true },
  });
  const due = upcoming.filter((activity) => {
    const start = activityStart(activity).getTime();
    return start > now.getTime() && start <= now.getTime() + REMINDER_BEFORE_MS;
  });
  let queued = 0;
  for (const activity of due) {
    const people = await db.registration.findMany({
      where: { activityId: activity.id, status: "CONFIRMED" },
      orderBy: { arrival: "asc" },
      select: { id: true },
    });
    const start = activityStart(activity).toISOString();
    const mails: TQueuedMail[] = [];
    for (const person of people) mails.push(await personMail(db, person.id, "reminder", start));
    queued += await queueMail(db, mails);
  }
  return queued;
}

/**
 * Yesterday's registration changes (the UTC day before `now`), one mail per active editor of each
 * host of each activity that changed; nothing for a quiet day. Keyed by activity, host, day and
 * recipient; an editor of two hosts of the same activity gets one.
 */
export async function queueHostDailySummaries(db: TDb, now: Date): Promise<number> {
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const start = new Date(end.getTime() - DAY);
  const dayKey = start.toISOString().slice(0, 10);
  const changed = await db.registrationEvent.findMany({
    where: { createdAt: { gte: start, lt: end } },
    distinct: ["registrationId"],
    orderBy: [{ registrationId: "asc" }, { createdAt: "desc" }],
    select: { registration: { select: { activityId: true, name: true, status: true } } },
  });
  const byActivity = new Map<
    string,
    { name: string; status: (typeof changed)[number]["registration"]["status"] }[]
  >();
  for (const { registration } of changed) {
    const list = byActivity.get(registration.activityId) ?? [];
    list.push({ name: registration.name, status: registration.status });
    byActivity.set(registration.activityId, list);
  }
  let queued = 0;
  for (const [activityId, changes] of byActivity) {
    queued += await queueMail(db, await summaryMails(db, activityId, changes, dayKey, start));
  }
  return queued;
}

async function summaryMails(
  db: TDb,
  activityId: string,
  changes: { name: string; status: "PENDING" | "CONFIRMED" | "WAITLISTED" | "REJECTED" | "WITHDRAWN" }[],
  dayKey: string,
  day: Date,
): Promise<TQueuedMail[]> {
  const [activity, counts] = await Promise.all([
    db.activity.findUniqueOrThrow({
      where: { id: activityId },
      select: {
        slug: true,
        title: true,
        startDate: true,
        startPrecision: true,
        registrationSettings: { select: { capacity: true } },
        rcps: {
          where: ACCEPTED_HOST,
          orderBy: { rcpId: "asc" },
          select: {
            rcp: {
              select: {
                id: true,
                slug: true,
                staff: {
                  where: { role: "EDITOR", user: { disabledAt: null } },
                  orderBy: { userId: "asc" },
                  select: { user: { select: { id: true, email: true, name: true, locale: true } } },
                },
              },
            },
          },
        },
      },
    }),
    db.registration.groupBy({ by: ["status"], where: { activityId }, _count: { _all: true } }),
  ]);
  const count = (status: string) => counts.find((row) => row.status === status)?._count._all ?? 0;
  const mailed = new Set<string>();
  const mails: TQueuedMail[] = [];
  for (const { rcp } of activity.rcps) {
    for (const { user } of rcp.staff) {
      if (mailed.has(user.id)) continue;
      mailed.add(user.id);
      const locale = toLocale(user.locale);
      const message = registrationSummaryMail({
        locale,
        appUrl: registrationAppUrl(),
        to: user.email,
        name: user.name,
        title: titleIn(activity.title, locale),
        when: firstDayIn(activity.startDate, activity.startPrecision, locale),
        day: new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(day),
        path: `/${locale}/manage/${rcp.slug}/activities/${activity.slug}/participants`,
        changes,
        counts: {
          confirmed: count("CONFIRMED"),
          pending: count("PENDING"),
          waitlisted: count("WAITLISTED"),
          capacity: activity.registrationSettings?.capacity ?? 0,
        },
      });
      mails.push({
        ...message,
        idempotencyKey: `registration-summary:${activityId}:${rcp.id}:${dayKey}:${user.id}`,
      });
    }
  }
  return mails;
}
