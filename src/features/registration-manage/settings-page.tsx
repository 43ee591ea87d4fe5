import "server-only";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { rcpShortName } from "~/domain/rcp/names";
import { activityStart } from "~/domain/registration/state";
import { activityTitle } from "~/features/activity-manage/activity-title";
import { loadActivityRcp, loadManagedActivity } from "~/features/activity-manage/load-activity-rcp";
import { ManageHeader } from "~/features/manage/manage-header";
import { nameValues } from "~/features/activity-manage/name-values";
import { CLIENT_MESSAGES } from "~/i18n/client-message-paths";
import { ClientMessages } from "~/i18n/client-messages";
import { Link } from "~/i18n/navigation";
import type { TLocale } from "~/i18n/routing";
import { RegistrationSettingsForm } from "./settings-form";
import { settingsValues } from "./settings-values";

type TProps = { locale: TLocale; rcpSlug: string; activitySlug: string };

/** Hosts' editors open registration for an activity and change its settings. */
export async function RegistrationSettingsPage({ locale, rcpSlug, activitySlug }: TProps) {
  const { caller, rcp, canEdit } = await loadActivityRcp(locale, rcpSlug, `/${activitySlug}/registration`);
  if (!canEdit) notFound();
  const activity = await loadManagedActivity(caller, rcp.slug, activitySlug);
  const [overview, hostList] = await Promise.all([
    caller.registration.settings({ activityId: activity.id }),
    caller.coHost.listHosts({ activityId: activity.id }),
  ]);
  const t = await getTranslations("RegistrationSettings");
  const title = activityTitle(activity.title, locale);
  const takenIn = new Map(overview.settings?.quotas.map((quota) => [quota.rcpId, quota.taken]));
  const hosts = hostList.hosts
    .filter((host) => host.status === "ACCEPTED")
    .map((host) => ({
      rcpId: host.rcp.id,
      name: rcpShortName(host.rcp, locale),
      taken: takenIn.get(host.rcp.id) ?? 0,
    }));
  const base = `/manage/${rcp.slug}/activities/${activity.slug}`;
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
            <Link className="underline" href={`/activities/${activity.slug}`}>
              {chunks}
            </Link>
          ),
        })}
      </p>
      <p className="flex flex-wrap gap-x-4 font-medium">
        <Link href={`${base}/participants`}>{t("participantsLink")}</Link>
      </p>
      <ClientMessages paths={CLIENT_MESSAGES.registrationSettings}>
        <RegistrationSettingsForm
          activityId={activity.id}
          version={overview.settings?.version ?? null}
          timeZone={activity.timeZone ?? "UTC"}
          initial={settingsValues(
            overview.settings,
            hosts.map((host) => host.rcpId),
            activity.timeZone ?? "UTC",
            { now: new Date(), start: activityStart(activity) },
          )}
          hosts={hosts}
          taken={overview.seats?.taken ?? 0}
        />
      </ClientMessages>
    </div>
  );
}
