import { useLocale, useTranslations } from "next-intl";
import { PartialDateRange } from "~/components/ui/partial-date";
import { Link } from "~/i18n/navigation";
import type { TDatePrecision } from "~/lib/partial-date";
import { activityTitle } from "./activity-title";

export type TManagedActivity = {
  id: string;
  slug: string;
  title: unknown;
  kind: string;
  status: "SCHEDULED" | "POSTPONED" | "CANCELLED";
  visibility: "PUBLIC" | "ALL_SECRETARIATS" | "HOSTS";
  startDate: Date;
  startPrecision: TDatePrecision;
  endDate: Date | null;
  endPrecision: TDatePrecision | null;
  hosts: { slug: string; shortName: string }[];
};

type TProps = { rcpSlug: string; activities: TManagedActivity[]; canEdit: boolean; emptyText: string };

/** The RCP's activities with their state and tier; editors get the links that change them. */
export function ManagedActivityList({ rcpSlug, activities, canEdit, emptyText }: TProps) {
  const t = useTranslations("ActivityFormList");
  const tKind = useTranslations("Rcp.activityKind");
  const tRegistration = useTranslations("RegistrationLinks");
  const locale = useLocale();
  if (activities.length === 0) return <p className="text-muted">{emptyText}</p>;
  return (
    <ul className="divide-y divide-line rounded-card border border-line bg-surface">
      {activities.map((activity) => {
        const title = activityTitle(activity.title, locale);
        const isJoint = activity.hosts.length > 1;
        return (
          <li key={activity.id} className="space-y-1 p-4">
            <p className="font-semibold" lang={title.lang === locale ? undefined : title.lang}>
              <Link href={`/activities/${activity.slug}`}>{title.text}</Link>
            </p>
            <p className="text-sm text-muted">
              {tKind(activity.kind as "OTHER")} ·{" "}
              <PartialDateRange
                start={{ date: activity.startDate, precision: activity.startPrecision }}
                end={activity.endDate ? { date: activity.endDate, precision: activity.endPrecision } : null}
              />{" "}
              · {t(`visibility.${activity.visibility}`)}
              {activity.status !== "SCHEDULED" && <> · {t(`status.${activity.status}`)}</>}
              {isJoint && <> · {t("joint", { count: activity.hosts.length })}</>}
            </p>
            {canEdit && (
              <p className="flex flex-wrap gap-x-4 text-sm font-medium">
                <Link
                  href={`/manage/${rcpSlug}/activities/${activity.slug}/edit`}
                  aria-label={t("editLabel", { title: title.text })}
                >
                  {t("edit")}
                </Link>
                <Link
                  href={`/manage/${rcpSlug}/activities/${activity.slug}/hosts`}
                  aria-label={t("hostsLabel", { title: title.text })}
                >
                  {t("hosts")}
                </Link>
                <Link
                  href={`/manage/${rcpSlug}/activities/${activity.slug}/documents`}
                  aria-label={t("documentsLabel", { title: title.text })}
                >
                  {t("documents")}
                </Link>
                <Link
                  href={`/manage/${rcpSlug}/activities/${activity.slug}/registration`}
                  aria-label={tRegistration("registrationLabel", { title: title.text })}
                >
                  {tRegistration("registration")}
                </Link>
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
