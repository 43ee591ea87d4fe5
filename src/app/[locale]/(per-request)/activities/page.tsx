import { getTranslations } from "next-intl/server";
import { PageHeader } from "~/components/ui/page-header";
import { ActivityFilters } from "~/features/activity/activity-filters";
import { ActivityListView } from "~/features/activity/activity-list-view";
import { editorRcps } from "~/features/activity/editor-rcps";
import { loadActivityList } from "~/features/activity/load-activity-list";
import { PostActivityHint } from "~/features/activity/post-activity-hint";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";
import type { TSearchParams } from "~/lib/search-params";
import { requestCaller } from "~/trpc/server";

type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<TSearchParams> };

export const generateMetadata = titleMetadata("ActivitiesList", "metaTitle");

// Per request: the filters are in the address and the list depends on the reader's tier.
export default async function ActivitiesPage({ params, searchParams }: TProps) {
  const locale = await pageLocale(params);
  const [list, editing, t] = await Promise.all([
    loadActivityList(await requestCaller(), locale, await searchParams),
    editorRcps(locale),
    getTranslations("ActivitiesList"),
  ]);
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} intro={t("intro")} />
      <ActivityFilters locale={locale} path="/activities" filters={list.filters} options={list.options} />
      <ActivityListView
        path="/activities"
        filters={list.filters}
        ignored={list.ignored}
        {...list.page}
        emptyAction={<PostActivityHint rcps={editing} />}
      />
    </div>
  );
}
