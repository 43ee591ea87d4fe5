import type { Metadata } from "next";
import { ActivityDetail } from "~/features/activity/activity-detail";
import { ActivityDocuments } from "~/features/activity-documents/activity-documents";
import { activityTitle } from "~/features/activity/activity-text";
import { loadActivity } from "~/features/activity/load-activity";
import { pageLocale } from "~/i18n/page-locale";

type TProps = { params: Promise<{ locale: string; slug: string }> };

// The page anonymous visitors get, rendered on first request and then served from Next's cache
// to everyone: it reads as nobody, so it shows public activities only and is the 404 for the
// rest. Requests carrying a session are sent to the per-request twin instead (src/proxy.ts).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const activity = await loadActivity((await params).slug, "public");
  return { title: activityTitle(activity.title, locale) };
}

export default async function PublicActivityPage({ params }: TProps) {
  const locale = await pageLocale(params);
  const activity = await loadActivity((await params).slug, "public");
  return (
    <ActivityDetail
      activity={activity}
      documents={<ActivityDocuments activityId={activity.id} locale={locale} reader="public" />}
    />
  );
}
