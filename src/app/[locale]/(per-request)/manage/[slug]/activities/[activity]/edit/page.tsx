import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActivityForm } from "~/features/activity-manage/activity-form";
import {
  BLANK_ACTIVITY,
  loadFormOptions,
  timeZoneList,
  withAllLanguages,
} from "~/features/activity-manage/load-activity-form";
import { loadActivityRcp, loadManagedActivity } from "~/features/activity-manage/load-activity-rcp";
import { ManageHeader } from "~/features/manage/manage-header";
import { nameValues } from "~/features/activity-manage/name-values";
import { CLIENT_MESSAGES } from "~/i18n/client-message-paths";
import { ClientMessages } from "~/i18n/client-messages";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";

type TProps = { params: Promise<{ locale: string; slug: string; activity: string }> };

export const dynamic = "force-dynamic";

// Names no activity: one the reader may not see must not show its title, even in the tab.
export const generateMetadata = titleMetadata("ActivityForm", "editMetaTitle", {
  robots: { index: false, follow: false },
});

export default async function EditActivityPage({ params }: TProps) {
  const locale = await pageLocale(params);
  const { slug, activity: activitySlug } = await params;
  const { caller, rcp, canEdit } = await loadActivityRcp(locale, slug, `/${activitySlug}/edit`);
  if (!canEdit) notFound();
  const activity = await loadManagedActivity(caller, rcp.slug, activitySlug);
  const [editable, options] = await Promise.all([
    caller.activity.getEditable({ activityId: activity.id }),
    loadFormOptions(caller, locale),
  ]);
  const t = await getTranslations("ActivityForm");
  return (
    <div className="space-y-6">
      <ManageHeader
        slug={rcp.slug}
        title={t("editTitle", nameValues(rcp, locale))}
        current="activities"
        canEdit
      />
      <ClientMessages paths={CLIENT_MESSAGES.activityForm}>
        <ActivityForm
          rcpId={rcp.id}
          rcpSlug={rcp.slug}
          initial={{ ...editable, fields: withAllLanguages(editable.fields) }}
          activitySlug={activity.slug}
          blank={BLANK_ACTIVITY}
          options={options}
          timeZones={timeZoneList()}
        />
      </ClientMessages>
    </div>
  );
}
