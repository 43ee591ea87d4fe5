import { useFormatter, useLocale, useTranslations } from "next-intl";
import { PartialDateRange } from "~/components/ui/partial-date";
import type { TLoadedActivity } from "./load-activity";
import { ViewerTime } from "./viewer-time";

/**
 * When it takes place. A date known to the month or year only is shown as such ("May 2004"); an
 * exact time is shown in the event's zone, named, and in the reader's (see ViewerTime).
 */
export function ActivityTime({ activity }: { activity: TLoadedActivity }) {
  const t = useTranslations("ActivitiesPage");
  const format = useFormatter();
  const locale = useLocale();
  const { startsAt, endsAt, timeZone } = activity;
  const dates = (
    <PartialDateRange
      start={{ date: activity.startDate, precision: activity.startPrecision }}
      end={activity.endDate && { date: activity.endDate, precision: activity.endPrecision }}
    />
  );
  // Seeded activities from the documents carry no zone: their dates are days, not instants.
  if (!startsAt || !timeZone) {
    return (
      <>
        <dt className="font-semibold">{t("when")}</dt>
        <dd>{dates}</dd>
      </>
    );
  }
  const options = { dateStyle: "long", timeStyle: "short", timeZone } as const;
  const inEventZone = endsAt
    ? format.dateTimeRange(startsAt, endsAt, options)
    : format.dateTime(startsAt, options);
  return (
    <>
      <dt className="font-semibold">{t("when")}</dt>
      <dd>{dates}</dd>
      <dt className="font-semibold">{t("eventZone")}</dt>
      <dd data-testid="event-time">
        {inEventZone} ({timeZone.replaceAll("_", " ")})
      </dd>
      <ViewerTime
        startsAt={startsAt.toISOString()}
        endsAt={endsAt?.toISOString() ?? null}
        eventTimeZone={timeZone}
        locale={locale}
        label={t("yourZone")}
      />
    </>
  );
}
