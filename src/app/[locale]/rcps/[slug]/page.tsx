import type { Metadata } from "next";
import { rcpShortName } from "~/domain/rcp/names";
import { rcpAtomAlternates } from "~/features/feed/atom-links";
import { loadProfile } from "~/features/rcp/load-profile";
import { profileSlug } from "~/features/rcp/profile-slug";
import { ProfilePage } from "~/features/rcp/profile/profile-page";
import { pageLocale } from "~/i18n/page-locale";
import { getTranslations } from "next-intl/server";

type TProps = { params: Promise<{ locale: string; slug: string }> };

// Rendered on first request, then served from Next's cache to anonymous visitors; signed-in
// readers get the per-request twin at the same address (src/server/http/reader-twin.ts).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const profile = await loadProfile(await profileSlug(params));
  const t = await getTranslations({ locale, namespace: "FeedAtom" });
  return {
    title: rcpShortName(profile, locale),
    alternates: rcpAtomAlternates(
      locale,
      profile.slug,
      t("rcpTitle", { name: rcpShortName(profile, locale) }),
    ),
  };
}

export default async function RcpProfilePage({ params }: TProps) {
  await pageLocale(params);
  return <ProfilePage slug={await profileSlug(params)} reader="public" />;
}
