import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Paragraphs } from "~/components/ui/paragraphs";
import { Section } from "~/components/ui/section";
import { rcpShortName } from "~/domain/rcp/names";
import { PeerList } from "~/features/overlap/peer-list";
import { loadProfile } from "~/features/rcp/load-profile";
import { profileSlug } from "~/features/rcp/profile-slug";
import { ActivityList } from "~/features/rcp/profile/activity-list";
import { AnnexBSection } from "~/features/rcp/profile/annex-b-section";
import { ChairTimeline } from "~/features/rcp/profile/chair-timeline";
import { LastUpdated } from "~/features/rcp/profile/last-updated";
import { MembershipSection } from "~/features/rcp/profile/membership-section";
import { ProfileHeader } from "~/features/rcp/profile/profile-header";
import { PrioritiesSection } from "~/features/rcp/profile/priorities-section";
import { SecretariatSection } from "~/features/rcp/profile/secretariat-section";
import { ThemeSection } from "~/features/rcp/profile/theme-section";
import { pageLocale } from "~/i18n/page-locale";
import { publicCaller } from "~/trpc/server";

type TProps = { params: Promise<{ locale: string; slug: string }> };

// Rendered on first request, then served from Next's cache.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const profile = await loadProfile(await profileSlug(params));
  return { title: rcpShortName(profile, locale) };
}

export default async function RcpProfilePage({ params }: TProps) {
  await pageLocale(params);
  const slug = await profileSlug(params);
  const [profile, peers] = await Promise.all([loadProfile(slug), publicCaller.rcp.listPeers({ slug })]);
  const t = await getTranslations("Profile");
  return (
    <article className="space-y-10">
      <ProfileHeader profile={profile} />
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
          <ActivityList activities={profile.activities} />
        </div>
        <aside className="space-y-10">
          <SecretariatSection {...profile} />
          <ChairTimeline terms={profile.chairTerms} />
          <ThemeSection themes={profile.themes} />
          <PeerList peers={peers} />
        </aside>
      </div>
      <LastUpdated revision={profile.lastRevision} />
    </article>
  );
}
