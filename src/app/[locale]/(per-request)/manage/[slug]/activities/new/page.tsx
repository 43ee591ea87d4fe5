import { getTranslations } from "next-intl/server";
import { ActivityForm } from "~/features/activity-manage/activity-form";
import { BLANK_ACTIVITY, loadFormOptions, timeZoneList } from "~/features/activity-manage/load-activity-form";
import { loadActivityRcp } from "~/features/activity-manage/load-activity-rcp";
import { ManageHeader } from "~/features/manage/manage-header";
import { nameValues } from "~/features/activity-manage/name-values";
import { CLIENT_MESSAGES } from "~/i18n/client-message-paths";
import { ClientMessages } from "~/i18n/client-messages";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";
import { notFound } from "next/navigation";

type TProps = { params: Promise<{ locale: string; slug: string }> };

export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("ActivityForm", "newMetaTitle", {
  robots: { index: false, follow: false },
});

export default async function NewActivityPage({ params }: TProps) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const { caller, rcp, canEdit } = await loadActivityRcp(locale, slug, "/new");
  // Viewers have nothing to create: the address is not theirs, as for other tenants.
  if (!canEdit) notFound();
  const t = await getTranslations("ActivityForm");
  const options = await loadFormOptions(caller, locale);
  return (
    <div className="space-y-6">
      <ManageHeader
        slug={rcp.slug}
        title={t("newTitle", nameValues(rcp, locale))}
        current="activities"
        canEdit
      />
      <ClientMessages paths={CLIENT_MESSAGES.activityForm}>
        <ActivityForm
          rcpId={rcp.id}
          rcpSlug={rcp.slug}
          initial={null}
          blank={BLANK_ACTIVITY}
          options={options}
          timeZones={timeZoneList()}
        />
      </ClientMessages>
    </div>
  );
}
