import { useTranslations } from "next-intl";
import { LocalizedText } from "~/components/ui/localized-text";
import { PartialDate } from "~/components/ui/partial-date";
import { Section } from "~/components/ui/section";
import { UntranslatedNotice } from "~/components/ui/untranslated-notice";
import type { TProfile } from "~/server/rcp/profile";

export function ActivityList({ activities }: { activities: TProfile["activities"] }) {
  const t = useTranslations("Profile");
  const tRcp = useTranslations("Rcp");
  return (
    <Section id="activities" title={t("activities")}>
      {activities.length === 0 ? (
        <p className="text-sm text-muted">{t("noActivities")}</p>
      ) : (
        <>
          <UntranslatedNotice
            values={activities.flatMap(({ activity }) => [activity.title, activity.summary])}
            className="mb-3 text-xs text-muted"
          />
          <ul className="space-y-3">
            {activities.map(({ activity }) => (
              <li key={activity.slug} className="rounded-card border border-line bg-surface p-3">
                <p className="text-sm text-muted">
                  <PartialDate date={activity.startDate} precision={activity.startPrecision} /> ·{" "}
                  {tRcp(`activityKind.${activity.kind}`)}
                  {activity.location && ` · ${activity.location}`}
                </p>
                <LocalizedText value={activity.title} as="p" className="font-medium" isMarked={false} />
                <LocalizedText value={activity.summary} as="p" className="text-sm" isMarked={false} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
