import { getTranslations } from "next-intl/server";
import { PageHeader } from "~/components/ui/page-header";
import { Section } from "~/components/ui/section";
import { ActivityList } from "~/features/timeline/activity-list";
import { FoundingTimeline } from "~/features/timeline/founding-timeline";
import { RegionLegend } from "~/features/timeline/region-legend";
import { localizeRcp } from "~/domain/rcp/names";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";
import { publicCaller } from "~/trpc/server";

type TProps = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("Timeline", "metaTitle");

export default async function TimelinePage({ params }: TProps) {
  const locale = await pageLocale(params);
  const t = await getTranslations("Timeline");
  const [foundings, publicActivities] = await Promise.all([
    publicCaller.rcp.listFoundings(),
    publicCaller.activity.listTimeline(),
  ]);
  const rcps = foundings.map((rcp) => localizeRcp(rcp, locale));
  const activities = publicActivities.map((activity) => ({
    ...activity,
    rcps: activity.rcps.map(({ rcp }) => ({ rcp: localizeRcp(rcp, locale) })),
  }));
  const first = rcps[0];
  const last = rcps.at(-1);
  return (
    <div className="space-y-10">
      <PageHeader title={t("title")} intro={t("intro")} />
      <Section id="foundings" title={t("foundings.heading")} className="space-y-4">
        {first && last ? (
          <>
            <p className="text-muted">
              {t("foundings.summary", {
                count: rcps.length,
                // Passed as text: a year is not a quantity and takes no thousands separator.
                first: String(first.yearEstablished),
                last: String(last.yearEstablished),
              })}
            </p>
            <RegionLegend regions={new Set(rcps.map((rcp) => rcp.region))} />
            <FoundingTimeline rcps={rcps} />
          </>
        ) : (
          <p className="text-muted">{t("foundings.empty")}</p>
        )}
      </Section>
      <Section id="activities" title={t("activities.heading")} className="space-y-4">
        <p className="max-w-3xl text-muted">{t("activities.intro")}</p>
        <ActivityList activities={activities} />
      </Section>
    </div>
  );
}
