import "server-only";
import { getTranslations } from "next-intl/server";
import { Section } from "~/components/ui/section";
import { PartialDate } from "~/components/ui/partial-date";
import { activityTitle } from "~/features/activity-manage/activity-title";
import { Link } from "~/i18n/navigation";
import type { TLocale } from "~/i18n/routing";
import type { TSessionUser } from "~/server/auth/session";
import { callerFor } from "~/trpc/server";

/** "Your registrations" on the my-work page: the activities the reader registered for, and where each stands. */
export async function MyRegistrations({ user, locale }: { user: TSessionUser; locale: TLocale }) {
  const registrations = await callerFor(user).registration.mine();
  if (registrations.length === 0) return null;
  const t = await getTranslations("RegistrationMine");
  const tStatus = await getTranslations("RegistrationStatus");
  return (
    <Section id="my-registrations" title={t("heading")} className="space-y-2">
      <ul className="divide-y divide-line rounded-card border border-line bg-surface">
        {registrations.map((registration) => {
          const title = activityTitle(registration.activity.title, locale);
          return (
            <li key={registration.id} className="space-y-1 p-4">
              <p className="font-semibold" lang={title.lang === locale ? undefined : title.lang}>
                <Link href={`/activities/${registration.activity.slug}`}>{title.text}</Link>
              </p>
              <p className="text-sm text-muted">
                <PartialDate
                  date={registration.activity.startDate}
                  precision={registration.activity.startPrecision}
                />{" "}
                · {tStatus(registration.status)}
              </p>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
