// Tells the editors of an invited RCP, each in the language of their account.
import { rcpShortName } from "~/domain/rcp/names";
import { toLocale, type TLocale } from "~/i18n/routing";
import { formatPartialDate } from "~/lib/partial-date";
import type { TDb } from "~/server/db-client";
import type { TMailer } from "~/server/mail/mailer";
import { coHostInvitationMail } from "~/server/mail/co-host-messages";
import { tenantId } from "~/server/rcp/tenant";

type TTitle = Partial<Record<TLocale, string>>;

/** The title in the reader's language, else in the first language it was written in. */
function titleIn(value: unknown, locale: TLocale): string {
  const title = (value && typeof value === "object" ? value : {}) as TTitle;
  return title[locale] ?? title.en ?? title.fr ?? title.es ?? "";
}

function firstDay(date: Date, precision: "YEAR" | "MONTH" | "DAY", locale: TLocale): string {
  if (precision === "YEAR") return formatPartialDate(date, precision);
  const options =
    precision === "MONTH"
      ? ({ year: "numeric", month: "long", timeZone: "UTC" } as const)
      : ({ year: "numeric", month: "long", day: "numeric", timeZone: "UTC" } as const);
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/**
 * Mails every active editor of the invited RCP. Returns how many mails were handed over; a failure
 * is logged and leaves the invitation standing (it shows on the RCP's activities page anyway).
 */
export async function sendCoHostInvitationMails(
  db: TDb,
  mailer: TMailer,
  invite: { activityId: string; rcpId: string; actorId: string },
): Promise<number> {
  const [activity, invited, inviter, editors] = await Promise.all([
    db.activity.findUniqueOrThrow({
      where: { id: invite.activityId },
      select: {
        title: true,
        startDate: true,
        startPrecision: true,
        rcps: {
          where: { status: "ACCEPTED" },
          orderBy: { rcp: { shortName: "asc" } },
          select: { rcp: { select: { shortName: true, localizedNames: true } } },
        },
      },
    }),
    db.rcp.findUniqueOrThrow({
      where: { id: invite.rcpId },
      select: { slug: true, shortName: true, localizedNames: true },
    }),
    db.user.findUniqueOrThrow({ where: { id: invite.actorId }, select: { name: true, email: true } }),
    db.rcpStaff.findMany({
      where: { rcpId: tenantId(invite.rcpId), role: "EDITOR", user: { disabledAt: null } },
      orderBy: { userId: "asc" },
      select: { user: { select: { email: true, name: true, locale: true } } },
    }),
  ]);
  let sent = 0;
  for (const { user } of editors) {
    const locale = toLocale(user.locale);
    try {
      await mailer.send(
        coHostInvitationMail({
          locale,
          appUrl: mailer.appUrl,
          to: user.email,
          name: user.name,
          inviterName: inviter.name ?? inviter.email,
          hosts: activity.rcps.map((host) => rcpShortName(host.rcp, locale)),
          invited: { slug: invited.slug, shortName: rcpShortName(invited, locale) },
          title: titleIn(activity.title, locale),
          when: firstDay(activity.startDate, activity.startPrecision, locale),
        }),
      );
      sent++;
    } catch (error) {
      console.error("Co-host invitation mail could not be sent", error);
    }
  }
  return sent;
}
