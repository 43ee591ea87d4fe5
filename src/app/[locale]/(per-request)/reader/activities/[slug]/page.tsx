import type { Metadata } from "next";
import { ActivityDetail } from "~/features/activity/activity-detail";
import { ActivityDocuments } from "~/features/activity-documents/activity-documents";
import { activityTitle } from "~/features/activity/activity-text";
import { loadActivity } from "~/features/activity/load-activity";
import { ManageActivityLink } from "~/features/activity/manage-activity-link";
import { ActivityRegistration } from "~/features/registration/activity-registration";
import { DuplicateEffortSection } from "~/features/duplicate-effort/duplicate-effort-section";
import { pageLocale } from "~/i18n/page-locale";

type TProps = { params: Promise<{ locale: string; slug: string }> };

// The twin of /[locale]/activities/[slug] for signed-in readers, who reach it at that same address
// (src/proxy.ts rewrites their requests here): rendered per request, for what they may see.
export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const activity = await loadActivity((await params).slug, "request");
  return { title: activityTitle(activity.title, locale), robots: { index: false, follow: false } };
}

export default async function ReaderActivityPage({ params }: TProps) {
  const locale = await pageLocale(params);
  const activity = await loadActivity((await params).slug, "request");
  return (
    <ActivityDetail
      activity={activity}
      actions={<ManageActivityLink activity={activity} />}
      documents={
        <>
          {/* Registration is for signed-in readers only: the cached public page has none. */}
          <ActivityRegistration activity={activity} locale={locale} />
          <ActivityDocuments activityId={activity.id} locale={locale} reader="request" />
          {/* For its hosts' staff only: the procedure refuses everyone else. */}
          <DuplicateEffortSection activity={activity} />
        </>
      }
    />
  );
}
