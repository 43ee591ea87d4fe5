import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "~/components/ui/page-header";
import { PlainLink } from "~/components/ui/plain-link";
import { rcpShortName } from "~/domain/rcp/names";
import { ActivityFilters } from "~/features/activity/activity-filters";
import { ActivityListView } from "~/features/activity/activity-list-view";
import { editorRcps } from "~/features/activity/editor-rcps";
import { loadActivityList } from "~/features/activity/load-activity-list";
import { PostActivityHint } from "~/features/activity/post-activity-hint";
import { loadProfile } from "~/features/rcp/load-profile";
import { profileSlug } from "~/features/rcp/profile-slug";
import { pageLocale } from "~/i18n/page-locale";
import type { TSearchParams } from "~/lib/search-params";
import { requestCaller } from "~/trpc/server";

type TProps = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<TSearchParams> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const profile = await loadProfile(await profileSlug(params));
  const t = await getTranslations({ locale, namespace: "ActivitiesList" });
  return { title: t("rcpTitle", { name: rcpShortName(profile, locale) }) };
}

// Per request: the activities a process holds or co-hosts, as far as the reader's tier allows.
export default async function RcpActivitiesPage({ params, searchParams }: TProps) {
  const locale = await pageLocale(params);
  const slug = await profileSlug(params);
  const profile = await loadProfile(slug);
  const path = `/rcps/${slug}/activities`;
  const [list, editing, t] = await Promise.all([
    loadActivityList(await requestCaller(), locale, await searchParams, { rcp: slug }),
    editorRcps(locale, slug),
    getTranslations("ActivitiesList"),
  ]);
  const name = rcpShortName(profile, locale);
  return (
    <div className="space-y-8">
      <p className="text-sm">
        <PlainLink href={`/rcps/${slug}`}>← {t("backToProfile", { name })}</PlainLink>
      </p>
      <PageHeader title={t("rcpTitle", { name })} intro={t("rcpIntro", { name })} />
      <ActivityFilters locale={locale} path={path} filters={list.filters} options={list.options} />
      <ActivityListView
        path={path}
        filters={list.filters}
        ignored={list.ignored}
        {...list.page}
        emptyAction={<PostActivityHint rcps={editing} />}
      />
    </div>
  );
}
