import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "~/components/ui/page-header";
import { PlainLink } from "~/components/ui/plain-link";
import { rcpShortName } from "~/domain/rcp/names";
import { loadProfile } from "~/features/rcp/load-profile";
import { ChairTimeline } from "~/features/rcp/profile/chair-timeline";
import { SecretariatSection } from "~/features/rcp/profile/secretariat-section";
import { profileSlug } from "~/features/rcp/profile-slug";
import { AcrossList } from "~/features/recommendation/across-list";
import { loadOpenRecommendations, single } from "~/features/recommendation/load";
import { pageLocale } from "~/i18n/page-locale";
import type { TSearchParams } from "~/lib/search-params";

type TProps = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<TSearchParams> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const profile = await loadProfile(await profileSlug(params));
  const t = await getTranslations({ locale, namespace: "RecommendationView" });
  return {
    title: t("openTitle", { rcp: rcpShortName(profile, locale) }),
    robots: { index: false, follow: false },
  };
}

// Per request: a process's open recommendations, beside who chaired and ran its secretariat, so a
// new chair sees what the last one left open.
export default async function OpenRecommendationsPage({ params, searchParams }: TProps) {
  const locale = await pageLocale(params);
  const slug = await profileSlug(params);
  const cursor = single((await searchParams).after);
  const [profile, page, t] = await Promise.all([
    loadProfile(slug),
    loadOpenRecommendations(slug, cursor),
    getTranslations("RecommendationView"),
  ]);
  const name = rcpShortName(profile, locale);
  return (
    <div className="space-y-8">
      <p className="text-sm">
        <PlainLink href={`/rcps/${slug}`}>← {name}</PlainLink>
      </p>
      <PageHeader title={t("openTitle", { rcp: name })} intro={t("openIntro")} />
      <div className="grid gap-10 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <AcrossList
            items={page.items}
            empty={t("openEmpty")}
            nextHref={page.nextCursor ? `/rcps/${slug}/recommendations?after=${page.nextCursor}` : null}
          />
        </div>
        <aside className="space-y-10">
          <ChairTimeline terms={profile.chairTerms} />
          <SecretariatSection {...profile} />
        </aside>
      </div>
    </div>
  );
}
