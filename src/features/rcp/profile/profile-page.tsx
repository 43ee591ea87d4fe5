import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Paragraphs } from "~/components/ui/paragraphs";
import { PlainLink } from "~/components/ui/plain-link";
import { Section } from "~/components/ui/section";
import { ActivitySection } from "~/features/activity/activity-section";
import { loadActivitySection } from "~/features/activity/load-activity-section";
import { PeerList } from "~/features/overlap/peer-list";
import { loadProfile } from "~/features/rcp/load-profile";
import { AnnexBSection } from "~/features/rcp/profile/annex-b-section";
import { ChairTimeline } from "~/features/rcp/profile/chair-timeline";
import { LastUpdated } from "~/features/rcp/profile/last-updated";
import { MembershipSection } from "~/features/rcp/profile/membership-section";
import { ProfileHeader } from "~/features/rcp/profile/profile-header";
import { PrioritiesSection } from "~/features/rcp/profile/priorities-section";
import { SecretariatSection } from "~/features/rcp/profile/secretariat-section";
import { ThemeSection } from "~/features/rcp/profile/theme-section";
import { publicCaller } from "~/trpc/server";

type TProps = {
  slug: string;
  reader: "public" | "request";
  /** The signed-in reader's Follow button, given the process's id; only the per-request twin has one. */
  follow?: (rcpId: string) => ReactNode;
};

/**
 * A process's public profile. Everything but its activities is public; those are read as the
 * reader may see them: as nobody on the cached page, as the signed-in reader on its per-request
 * twin (see src/server/http/reader-twin.ts).
 */
export async function ProfilePage({ slug, reader, follow }: TProps) {
  const [profile, peers, activities] = await Promise.all([
    loadProfile(slug),
    publicCaller.rcp.listPeers({ slug }),
    loadActivitySection({ rcp: slug }, reader),
  ]);
  const t = await getTranslations("Profile");
  const tList = await getTranslations("ActivitiesList");
  const tRecommendations = await getTranslations("RecommendationView");
  return (
    <article className="space-y-10">
      <ProfileHeader profile={profile} />
      {follow?.(profile.id)}
      <div className="grid gap-10 lg:grid-cols-3">
        <div className="space-y-10 lg:col-span-2">
          <Section id="areas" title={t("mainAreas")} className="space-y-2">
            <Paragraphs value={profile.description} className="space-y-3" />
          </Section>
          <PrioritiesSection priorities={profile.priorities} />
          <MembershipSection
            memberships={profile.memberships}
            notes={{ MEMBER: profile.membersNote, OBSERVER: profile.observersNote }}
          />
          <AnnexBSection developmentGroup={profile.developmentGroup} annexBAnswers={profile.annexBAnswers} />
          <ActivitySection
            title={t("activities")}
            items={activities}
            empty={t("noActivities")}
            more={{ href: `/rcps/${slug}/activities`, label: tList("seeAll") }}
          />
        </div>
        <aside className="space-y-10">
          <SecretariatSection {...profile} />
          <ChairTimeline terms={profile.chairTerms} />
          <p>
            <PlainLink href={`/rcps/${slug}/recommendations`} className="font-medium">
              {tRecommendations("openLink")}
            </PlainLink>
          </p>
          <ThemeSection themes={profile.themes} />
          <PeerList peers={peers} />
        </aside>
      </div>
      <LastUpdated revision={profile.lastRevision} />
    </article>
  );
}
