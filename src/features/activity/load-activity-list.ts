import "server-only";
import { getTranslations } from "next-intl/server";
import { ACTIVITY_KINDS } from "~/domain/activity/vocabulary";
import { countryName } from "~/domain/country/names";
import { localizeRcp } from "~/domain/rcp/names";
import { REGIONS } from "~/domain/rcp/regions";
import type { TLocale } from "~/i18n/routing";
import { resolveText } from "~/lib/localized-text";
import type { TSearchParams } from "~/lib/search-params";
import type { requestCaller } from "~/trpc/server";
import type { TFilterOptions } from "./activity-filters";
import { parseActivityListQuery, type TActivityListInput } from "./list-query";

type TCaller = Awaited<ReturnType<typeof requestCaller>>;

const byLabel = (locale: TLocale) => (a: { label: string }, b: { label: string }) =>
  a.label.localeCompare(b.label, locale);

/**
 * A page of a list of activities as the caller may see them (the procedure applies the tier rule),
 * the filters in effect and the options of the filter form, all in the reader's language.
 */
export async function loadActivityList(
  caller: TCaller,
  locale: TLocale,
  searchParams: TSearchParams,
  fixed: Partial<TActivityListInput> = {},
) {
  const parsed = parseActivityListQuery(searchParams, fixed);
  const [page, rcps, themes, tKind, tRcp] = await Promise.all([
    caller.activity.list(parsed.input),
    caller.rcp.list(),
    caller.rcp.listThemes(),
    getTranslations({ locale, namespace: "Rcp.activityKind" }),
    getTranslations({ locale, namespace: "Rcp" }),
  ]);
  const sorted = byLabel(locale);
  const options: TFilterOptions = {
    kind: ACTIVITY_KINDS.map((kind) => ({ value: kind, label: tKind(kind) })),
    theme: themes
      .map((theme) => ({ value: theme.slug, label: resolveText(theme.label, locale).text }))
      .sort(sorted),
    region: REGIONS.map((region) => ({ value: region, label: tRcp(`region.${region}`) })),
    rcp: rcps.map((rcp) => ({ value: rcp.slug, label: localizeRcp(rcp, locale).shortName })).sort(sorted),
    country: [...new Set(rcps.flatMap((rcp) => rcp.memberCodes))]
      .map((code) => ({ value: code, label: countryName(code, locale) }))
      .sort(sorted),
  };
  for (const key of Object.keys(fixed)) delete options[key as keyof TFilterOptions];
  return { ...parsed, page, options };
}
