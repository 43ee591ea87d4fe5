import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { activityTitle } from "~/features/activity-manage/activity-title";
import { HostsPanel } from "~/features/activity-manage/hosts-panel";
import { loadActivityRcp, loadManagedActivity } from "~/features/activity-manage/load-activity-rcp";
import { ManageHeader } from "~/features/manage/manage-header";
import { nameValues } from "~/features/activity-manage/name-values";
import { rcpShortName } from "~/domain/rcp/names";
import { CLIENT_MESSAGES } from "~/i18n/client-message-paths";
import { ClientMessages } from "~/i18n/client-messages";
import { Link } from "~/i18n/navigation";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";

type TProps = {
  params: Promise<{ locale: string; slug: string; activity: string }>;
  searchParams: Promise<{ invite?: string | string[] }>;
};

export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("CoHosts", "metaTitle", {
  robots: { index: false, follow: false },
});

export default async function ActivityHostsPage({ params, searchParams }: TProps) {
  const locale = await pageLocale(params);
  const { slug, activity: activitySlug } = await params;
  const { caller, rcp, canEdit } = await loadActivityRcp(locale, slug, `/${activitySlug}/hosts`);
  if (!canEdit) notFound();
  const activity = await loadManagedActivity(caller, rcp.slug, activitySlug);
  const hosts = await caller.coHost.listHosts({ activityId: activity.id });
  const t = await getTranslations("CoHosts");
  const title = activityTitle(hosts.title, locale);
  // From a duplicate-effort warning: the process to invite, chosen already if it may be invited.
  const { invite } = await searchParams;
  const preselected = hosts.invitable.find((option) => option.slug === invite)?.slug;
  return (
    <div className="space-y-6">
      <ManageHeader
        slug={rcp.slug}
        title={t("title", nameValues(rcp, locale))}
        current="activities"
        canEdit
      />
      <p className="max-w-3xl">
        {t.rich("intro", {
          title: title.text,
          link: (chunks) => (
            <Link className="underline" href={`/manage/${rcp.slug}/activities/${activitySlug}/edit`}>
              {chunks}
            </Link>
          ),
        })}
      </p>
      <ClientMessages paths={CLIENT_MESSAGES.coHosts}>
        <HostsPanel
          activityId={activity.id}
          preselected={preselected}
          rcp={{ id: rcp.id, name: rcpShortName(rcp, locale) }}
          hosts={hosts.hosts.map((host) => ({
            rcpId: host.rcp.id,
            name: rcpShortName(host.rcp, locale),
            status: host.status,
          }))}
          invitable={hosts.invitable.map((option) => ({
            slug: option.slug,
            name: rcpShortName(option, locale),
          }))}
        />
      </ClientMessages>
    </div>
  );
}
