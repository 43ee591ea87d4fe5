import { getTranslations } from "next-intl/server";
import { Button } from "~/components/ui/button";
import { Section } from "~/components/ui/section";
import { loadActivityRcp } from "~/features/activity-manage/load-activity-rcp";
import { ManagedActivityList } from "~/features/activity-manage/managed-activity-list";
import { PendingHostInvitations } from "~/features/activity-manage/pending-host-invitations";
import { ManageHeader } from "~/features/manage/manage-header";
import { nameValues } from "~/features/activity-manage/name-values";
import { CLIENT_MESSAGES } from "~/i18n/client-message-paths";
import { ClientMessages } from "~/i18n/client-messages";
import { Link } from "~/i18n/navigation";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";

type TProps = { params: Promise<{ locale: string; slug: string }> };

export const dynamic = "force-dynamic";

// The title names no RCP: the page itself decides the redirect to sign-in or the 404.
export const generateMetadata = titleMetadata("ActivityFormList", "metaTitle", {
  robots: { index: false, follow: false },
});

export default async function ManagedActivitiesPage({ params }: TProps) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const { caller, rcp, canEdit } = await loadActivityRcp(locale, slug, "");
  const t = await getTranslations("ActivityFormList");
  const tInvitations = await getTranslations("CoHostsInvitations");
  // Its hosts see every tier of their own activities, so the reader's list filtered by host is theirs.
  const [upcoming, past, invitations] = await Promise.all([
    caller.activity.list({ rcp: rcp.slug, when: "upcoming" }),
    caller.activity.list({ rcp: rcp.slug, when: "past" }),
    caller.coHost.listInvitations({ rcpId: rcp.id }),
  ]);
  return (
    <div className="space-y-8">
      <div className="space-y-4">
        <ManageHeader
          slug={rcp.slug}
          title={t("title", nameValues(rcp, locale))}
          current="activities"
          canEdit={canEdit}
        />
        <p className="max-w-3xl text-muted">{t(canEdit ? "intro" : "viewerIntro")}</p>
        {canEdit && (
          <Button asChild>
            <Link href={`/manage/${rcp.slug}/activities/new`}>{t("new")}</Link>
          </Button>
        )}
      </div>
      <Section id="invitations" title={tInvitations("heading")} className="space-y-3">
        <p className="max-w-3xl text-muted">{tInvitations(canEdit ? "intro" : "viewerIntro")}</p>
        <ClientMessages paths={CLIENT_MESSAGES.activityInvitations}>
          <PendingHostInvitations rcpId={rcp.id} invitations={invitations} canAnswer={canEdit} />
        </ClientMessages>
      </Section>
      <Section id="upcoming" title={t("upcoming")} className="space-y-3">
        <ManagedActivityList
          rcpSlug={rcp.slug}
          activities={upcoming.items}
          canEdit={canEdit}
          emptyText={t("noUpcoming")}
        />
        {upcoming.nextCursor && <MoreLink slug={rcp.slug} when="upcoming" label={t("more")} />}
      </Section>
      <Section id="past" title={t("past")} className="space-y-3">
        <ManagedActivityList
          rcpSlug={rcp.slug}
          activities={past.items}
          canEdit={canEdit}
          emptyText={t("noPast")}
        />
        {past.nextCursor && <MoreLink slug={rcp.slug} when="past" label={t("more")} />}
      </Section>
    </div>
  );
}

/** The rest is on the process's public list of activities, which pages through them all. */
function MoreLink({ slug, when, label }: { slug: string; when: string; label: string }) {
  return (
    <p className="text-sm font-medium">
      <Link href={`/rcps/${slug}/activities?when=${when}`}>{label}</Link>
    </p>
  );
}
