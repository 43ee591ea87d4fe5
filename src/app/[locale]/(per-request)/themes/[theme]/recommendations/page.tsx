import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader } from "~/components/ui/page-header";
import { AcrossList } from "~/features/recommendation/across-list";
import { ThemeFilters } from "~/features/recommendation/theme-filters";
import { loadThemeRecommendations, single } from "~/features/recommendation/load";
import { pageLocale } from "~/i18n/page-locale";
import { resolveText } from "~/lib/localized-text";
import { isSlug } from "~/lib/record-id";
import type { TSearchParams } from "~/lib/search-params";
import { publicCaller } from "~/trpc/server";

type TProps = { params: Promise<{ locale: string; theme: string }>; searchParams: Promise<TSearchParams> };

async function themeOf(params: TProps["params"]) {
  const { theme } = await params;
  const themes = await publicCaller.rcp.listThemes();
  const found = isSlug(theme) ? themes.find((entry) => entry.slug === theme) : undefined;
  if (!found) notFound();
  return found;
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const theme = await themeOf(params);
  const t = await getTranslations({ locale, namespace: "RecommendationView" });
  return {
    title: t("themeTitle", { theme: resolveText(theme.label, locale).text }),
    robots: { index: false },
  };
}

// Per request: across processes, what was recommended under a theme and how far it went.
export default async function ThemeRecommendationsPage({ params, searchParams }: TProps) {
  const locale = await pageLocale(params);
  const theme = await themeOf(params);
  const query = await searchParams;
  const filter = { status: single(query.status) || undefined, rcp: single(query.rcp) || undefined };
  const [page, rcps, t] = await Promise.all([
    loadThemeRecommendations({ theme: theme.slug, ...filter, cursor: single(query.after) }),
    publicCaller.rcp.list(),
    getTranslations("RecommendationView"),
  ]);
  const next = new URLSearchParams({ ...filter, after: page.nextCursor ?? "" } as Record<string, string>);
  for (const [key, value] of [...next.entries()]) if (!value) next.delete(key);
  return (
    <div className="space-y-8">
      <PageHeader
        title={t("themeTitle", { theme: resolveText(theme.label, locale).text })}
        intro={t("themeIntro")}
      />
      <ThemeFilters
        path={`/themes/${theme.slug}/recommendations`}
        status={filter.status}
        rcp={filter.rcp}
        rcps={rcps.map((rcp) => ({ slug: rcp.slug, name: rcp.shortName }))}
      />
      <AcrossList
        items={page.items}
        empty={t("themeEmpty")}
        nextHref={page.nextCursor ? `/themes/${theme.slug}/recommendations?${next.toString()}` : null}
      />
    </div>
  );
}
