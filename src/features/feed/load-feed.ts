import "server-only";
import { getTranslations } from "next-intl/server";
import {
  PEER_EVENT_KINDS,
  ZEventCursor,
  ZFeedFilters,
  type TFeedFilters,
} from "~/domain/peer-event/feed-schema";
import { localizeRcp } from "~/domain/rcp/names";
import { REGIONS } from "~/domain/rcp/regions";
import type { TLocale } from "~/i18n/routing";
import { resolveText } from "~/lib/localized-text";
import { parseSearchParams, type TSearchParams } from "~/lib/search-params";
import type { requestCaller } from "~/trpc/server";

type TCaller = Awaited<ReturnType<typeof requestCaller>>;
import type { TOption } from "~/components/ui/form-field";
export type TFeedOptions = Record<keyof TFeedFilters, TOption[]>;

const ZFeedQuery = ZFeedFilters.extend({ before: ZEventCursor.optional() }).strip();

/** The feed page's address read as filters (a malformed value is dropped), its page and its options. */
export async function loadFeed(caller: TCaller, locale: TLocale, searchParams: TSearchParams) {
  const { before, ...filters } = parseSearchParams(ZFeedQuery, searchParams);
  const [page, rcps, themes, tKind, tRcp] = await Promise.all([
    caller.feed.list({ locale, ...filters, before }),
    caller.rcp.list(),
    caller.rcp.listThemes(),
    getTranslations({ locale, namespace: "FeedPage.kind" }),
    getTranslations({ locale, namespace: "Rcp" }),
  ]);
  const byLabel = (a: TOption, b: TOption) => a.label.localeCompare(b.label, locale);
  const options: TFeedOptions = {
    rcp: rcps.map((rcp) => ({ value: rcp.slug, label: localizeRcp(rcp, locale).shortName })).sort(byLabel),
    theme: themes
      .map((theme) => ({ value: theme.slug, label: resolveText(theme.label, locale).text }))
      .sort(byLabel),
    region: REGIONS.map((region) => ({ value: region, label: tRcp(`region.${region}`) })),
    kind: PEER_EVENT_KINDS.map((kind) => ({ value: kind, label: tKind(kind) })),
  };
  return { page, filters, options, isFiltered: Object.keys(filters).length > 0 || before !== undefined };
}
