import { useTranslations } from "next-intl";
import { PartialDateRange } from "~/components/ui/partial-date";
import { PlainLink } from "~/components/ui/plain-link";
import type { TLocalized } from "~/domain/rcp/names";
import { ActivityText } from "~/features/activity/activity-title";
import type { TPublicActivity } from "~/server/activity/data";
import { groupByYear } from "./group-by-year";

type TRcpRef = TPublicActivity["rcps"][number]["rcp"];
/** An activity whose RCPs are named in the reader's language already. */
export type TTimelineActivity = Omit<TPublicActivity, "rcps"> & { rcps: { rcp: TLocalized<TRcpRef> }[] };

/** Public activities under one heading per year, each with its date, kind, place and RCPs. */
export function ActivityList({ activities }: { activities: TTimelineActivity[] }) {
  const t = useTranslations("Timeline.activities");
  const tKind = useTranslations("Rcp.activityKind");
  if (activities.length === 0) return <p className="text-muted">{t("empty")}</p>;
  return (
    <div className="space-y-8">
      {groupByYear(activities, (activity) => activity.startDate.getUTCFullYear()).map(([year, items]) => (
        <section key={year} aria-labelledby={`activities-${year}`} className="space-y-3">
          <h3 id={`activities-${year}`} className="border-b border-line pb-1 text-lg font-semibold">
            {year}{" "}
            <span className="text-sm font-normal text-muted">· {t("count", { count: items.length })}</span>
          </h3>
          <ol className="space-y-3">
            {items.map((activity) => (
              <li key={activity.slug} className="space-y-1.5 rounded-card border border-line bg-surface p-4">
                <p className="text-sm text-muted">
                  <PartialDateRange
                    start={{ date: activity.startDate, precision: activity.startPrecision }}
                    end={activity.endDate && { date: activity.endDate, precision: activity.endPrecision }}
                  />
                  {" · "}
                  {tKind(activity.kind)}
                  {activity.location && ` · ${activity.location}`}
                </p>
                <h4 className="font-semibold">
                  <PlainLink href={`/activities/${activity.slug}`}>
                    <ActivityText value={activity.title} />
                  </PlainLink>
                </h4>
                <p className="text-sm">
                  <ActivityText value={activity.summary} />
                </p>
                {activity.rcps.length > 0 && (
                  <p className="text-sm">
                    <span className="font-semibold">{t("heldBy")}</span>{" "}
                    {activity.rcps.map(({ rcp }, index) => (
                      <span key={rcp.slug}>
                        {index > 0 && " · "}
                        <PlainLink href={`/rcps/${rcp.slug}`} lang={rcp.shortNameLang} className="underline">
                          {rcp.shortName}
                        </PlainLink>
                      </span>
                    ))}
                  </p>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
