// Mail to a registered person, composed in their language and queued in the caller's transaction
// under a key naming the change, so a retried request never queues it twice.
import { toLocale, type TLocale } from "~/i18n/routing";
import { formatPartialDate } from "~/lib/partial-date";
import type { TTx } from "~/server/db-client";
import { queueMail, type TQueuedMail } from "~/server/mail/queue";
import { registrationPersonMail, type TPersonMailKind } from "~/server/mail/registration-messages";
import { registrationAppUrl, registrationToken } from "./token";

type TTitle = Partial<Record<TLocale, string>>;

/** The title in the reader's language, else in the first language it was written in. */
export function titleIn(value: unknown, locale: TLocale): string {
  const title = (value && typeof value === "object" ? value : {}) as TTitle;
  return title[locale] ?? title.en ?? title.fr ?? title.es ?? "";
}

/** The activity's first day, written for the reader. */
export function firstDayIn(date: Date, precision: "YEAR" | "MONTH" | "DAY", locale: TLocale): string {
  if (precision === "YEAR") return formatPartialDate(date, precision);
  const options =
    precision === "MONTH"
      ? ({ year: "numeric", month: "long", timeZone: "UTC" } as const)
      : ({ year: "numeric", month: "long", day: "numeric", timeZone: "UTC" } as const);
  return new Intl.DateTimeFormat(locale, options).format(date);
}

export const MAIL_ACTIVITY_SELECT = { title: true, startDate: true, startPrecision: true } as const;

type TExtra = { reason?: string | null; registrar?: string | null };

/** Builds the mail of `kind` about a registration; `change` makes its key (a version, a generation). */
export async function personMail(
  tx: TTx,
  registrationId: string,
  kind: TPersonMailKind,
  change: string | number,
  extra: TExtra = {},
): Promise<TQueuedMail> {
  const row = await tx.registration.findUniqueOrThrow({
    where: { id: registrationId },
    select: {
      id: true,
      activityId: true,
      name: true,
      email: true,
      locale: true,
      arrival: true,
      tokenGeneration: true,
      activity: { select: MAIL_ACTIVITY_SELECT },
    },
  });
  const locale = toLocale(row.locale);
  const position =
    kind === "waitlisted"
      ? await tx.registration.count({
          where: { activityId: row.activityId, status: "WAITLISTED", arrival: { lte: row.arrival } },
        })
      : undefined;
  const message = registrationPersonMail({
    kind,
    locale,
    appUrl: registrationAppUrl(),
    to: row.email,
    name: row.name,
    title: titleIn(row.activity.title, locale),
    when: firstDayIn(row.activity.startDate, row.activity.startPrecision, locale),
    token: registrationToken(row.id, row.tokenGeneration),
    position,
    ...extra,
  });
  return { ...message, idempotencyKey: `registration:${row.id}:${kind}:${change}` };
}

export async function queuePersonMail(
  tx: TTx,
  registrationId: string,
  kind: TPersonMailKind,
  change: string | number,
  extra: TExtra = {},
): Promise<void> {
  await queueMail(tx, [await personMail(tx, registrationId, kind, change, extra)]);
}
