import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActivityList } from "~/features/timeline/activity-list";
import { FoundingTimeline } from "~/features/timeline/founding-timeline";
import { RegionLegend } from "~/features/timeline/region-legend";
import { pageLocale } from "~/i18n/page-locale";
import { publicCaller } from "~/trpc/server";

type TProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Timeline" });
  return { title: t("metaTitle") };
}

export default async function TimelinePage({ params }: TProps) {
  await pageLocale(params);
  const t = await getTranslations("Timeline");
  const [rcps, activities] = await Promise.all([
    publicCaller.rcp.listFoundings(),
    publicCaller.activity.list(),
  ]);
  const first = rcps[0];
  const last = rcps.at(-1);
  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="max-w-3xl text-lg text-muted">{t("intro")}</p>
      </header>
      <section aria-labelledby="foundings-heading" className="space-y-4">
        <h2 id="foundings-heading" className="text-xl font-semibold">
          {t("foundings.heading")}
        </h2>
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
      </section>
      <section aria-labelledby="activities-heading" className="space-y-4">
        <h2 id="activities-heading" className="text-xl font-semibold">
          {t("activities.heading")}
        </h2>
        <p className="max-w-3xl text-muted">{t("activities.intro")}</p>
        <ActivityList activities={activities} />
      </section>
    </div>
  );
}
