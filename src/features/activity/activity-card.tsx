import { useLocale, useTranslations } from "next-intl";
import { PartialDateRange } from "~/components/ui/partial-date";
import { PlainLink } from "~/components/ui/plain-link";
import type { TActivityKind, TActivityStatus } from "~/domain/activity/vocabulary";
import type { TDatePrecision } from "~/lib/partial-date";
import { placeText } from "./activity-place";
import { ActivityText } from "./activity-title";
import { HostLinks, type THost } from "./host-links";
import { StatusBadge } from "./status-badge";

export type TActivitySummary = {
  slug: string;
  title: unknown;
  kind: TActivityKind;
  status: TActivityStatus;
  startDate: Date;
  startPrecision: TDatePrecision;
  endDate: Date | null;
  endPrecision: TDatePrecision | null;
  location: string | null;
  countryCode: string | null;
  isOnline: boolean;
  hosts: readonly THost[];
};

/** One activity in a list: when, what, where, its title linking to its page, and who holds it. */
export function ActivityCard({ activity }: { activity: TActivitySummary }) {
  const tKind = useTranslations("Rcp.activityKind");
  const t = useTranslations("Activities");
  const place = placeText(activity, useLocale(), t("online"));
  return (
    <li className="space-y-1.5 rounded-card border border-line bg-surface p-4">
      <p className="text-sm text-muted">
        <PartialDateRange
          start={{ date: activity.startDate, precision: activity.startPrecision }}
          end={activity.endDate && { date: activity.endDate, precision: activity.endPrecision }}
        />
        {" · "}
        {tKind(activity.kind)}
        {place && ` · ${place}`} <StatusBadge status={activity.status} />
      </p>
      <h3 className="font-semibold">
        <PlainLink href={`/activities/${activity.slug}`}>
          <ActivityText value={activity.title} />
        </PlainLink>
      </h3>
      {activity.hosts.length > 0 && (
        <p className="text-sm">
          <span className="font-semibold">{t("heldBy")}</span> <HostLinks hosts={activity.hosts} />
        </p>
      )}
    </li>
  );
}
