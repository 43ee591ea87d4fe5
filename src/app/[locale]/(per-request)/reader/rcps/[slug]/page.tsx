import type { Metadata } from "next";
import { rcpShortName } from "~/domain/rcp/names";
import { RcpFocalPointsSlot } from "~/features/focal-point/rcp-focal-points-slot";
import { FollowSlot } from "~/features/follow/follow-slot";
import { rcpAtomAlternates } from "~/features/feed/atom-links";
import { loadProfile } from "~/features/rcp/load-profile";
import { profileSlug } from "~/features/rcp/profile-slug";
import { ProfilePage } from "~/features/rcp/profile/profile-page";
import { pageLocale } from "~/i18n/page-locale";
import { getTranslations } from "next-intl/server";

type TProps = { params: Promise<{ locale: string; slug: string }> };

// The twin of /[locale]/rcps/[slug] for signed-in readers, reached at that same address (see
// src/server/http/reader-twin.ts): its activities are those the reader's tier allows.
export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const profile = await loadProfile(await profileSlug(params));
  const t = await getTranslations({ locale, namespace: "FeedAtom" });
  return {
    title: rcpShortName(profile, locale),
    robots: { index: false, follow: false },
    alternates: rcpAtomAlternates(
      locale,
      profile.slug,
      t("rcpTitle", { name: rcpShortName(profile, locale) }),
    ),
  };
}

export default async function ReaderRcpProfilePage({ params }: TProps) {
  await pageLocale(params);
  const slug = await profileSlug(params);
  return (
    <div className="space-y-10">
      <ProfilePage
        slug={slug}
        reader="request"
        follow={(rcpId) => <FollowSlot targetType="RCP" targetId={rcpId} />}
      />
      <RcpFocalPointsSlot slug={slug} />
    </div>
  );
}
