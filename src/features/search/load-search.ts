import "server-only";
import { localizeRcp } from "~/domain/rcp/names";
import type { TLocale } from "~/i18n/routing";
import { resolveText } from "~/lib/localized-text";
import type { TSearchParams } from "~/lib/search-params";
import type { requestCaller } from "~/trpc/server";
import { readSearchParams } from "./search-params";

type TCaller = Awaited<ReturnType<typeof requestCaller>>;

/** The search the address asks for, run as the caller (the procedure applies the tier rule). */
export async function loadSearch(caller: TCaller, locale: TLocale, params: TSearchParams) {
  const state = readSearchParams(params, locale);
  const [results, rcps, themes] = await Promise.all([
    state.kind === "ready" ? caller.search.query(state.input) : null,
    caller.rcp.list(),
    caller.rcp.listThemes(),
  ]);
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, locale);
  const options = {
    rcp: rcps.map((rcp) => ({ value: rcp.slug, label: localizeRcp(rcp, locale).shortName })).sort(byLabel),
    theme: themes
      .map((theme) => ({ value: theme.slug, label: resolveText(theme.label, locale).text }))
      .sort(byLabel),
  };
  return { state, results, options };
}
