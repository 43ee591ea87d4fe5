import "server-only";
import { getTranslations } from "next-intl/server";
import type { TLocale } from "~/i18n/routing";
import { resolveText } from "~/lib/localized-text";
import { countryName, countryNameVariants, formerCountryNames } from "~/domain/country/names";
import { localizeRcp } from "~/domain/rcp/names";
import { REGIONS, type TRegion } from "~/domain/rcp/regions";
import { publicCaller } from "~/trpc/server";
import type { TDirectoryItem } from "./directory-browser";
import type { TCountryOption } from "./directory-filters";

/** The directory with every label already in the reader's language, so the browser does no lookups. */
export async function loadDirectory(locale: TLocale) {
  const [rcps, themes, t, tCountry, tDirectory] = await Promise.all([
    publicCaller.rcp.list(),
    publicCaller.rcp.listThemes(),
    getTranslations({ locale, namespace: "Rcp" }),
    getTranslations({ locale, namespace: "Country" }),
    getTranslations({ locale, namespace: "Directory" }),
  ]);
  const themeLabel = new Map(themes.map((theme) => [theme.slug, resolveText(theme.label, locale).text]));
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, locale);
  const items: TDirectoryItem[] = rcps
    .map((rcp) => ({
      ...localizeRcp(rcp, locale),
      // A reader may know a process by its English name: it stays searchable on every page.
      otherNames: [...rcp.otherNames, rcp.shortName, rcp.name, ...(rcp.acronym ? [rcp.acronym] : [])],
      regionLabel: t(`region.${rcp.region as TRegion}`),
      secretariatLabel: t(`secretariatKind.${rcp.secretariatKind as "FIXED" | "ROTATING" | "NONE"}`),
      establishedLabel: t("established", { year: rcp.yearEstablished }),
      membersLabel: t("members", { count: rcp.memberCodes.length }),
      observersLabel: t("observers", { count: rcp.observerCount }),
      themeLabels: rcp.themeSlugs
        .map((slug) => themeLabel.get(slug) ?? slug)
        .sort((a, b) => a.localeCompare(b, locale)),
    }))
    .sort((a, b) => a.shortName.localeCompare(b.shortName, locale));
  const memberCodes = [...new Set(rcps.flatMap((rcp) => rcp.memberCodes))];
  // Every word the list shows, formatted here: the browser then needs no message formatter. The
  // count line exists for each number of processes the filters can leave (0 to all of them).
  const labels: TDirectoryLabels = {
    ...(Object.fromEntries(LABEL_KEYS.map((key) => [key, tDirectory(key)])) as Record<TLabelKey, string>),
    themes: t("themes"),
    counts: Array.from({ length: items.length + 1 }, (_, shown) =>
      tDirectory("count", { shown, total: items.length }),
    ),
  };
  return {
    locale,
    labels,
    items,
    regions: REGIONS.filter((region) => rcps.some((rcp) => rcp.region === region)).map((value) => ({
      value,
      label: t(`region.${value}`),
    })),
    themes: themes
      .map((theme) => ({ value: theme.slug, label: themeLabel.get(theme.slug) ?? theme.slug }))
      .sort(byLabel),
    countries: memberCodes.map((code) => countryOption(code, locale, tCountry)).sort(byLabel),
  };
}

const LABEL_KEYS = [
  "filters",
  "search",
  "region",
  "anyRegion",
  "theme",
  "anyTheme",
  "country",
  "anyCountry",
  "sort",
  "sortName",
  "sortYear",
  "empty",
  "clear",
] as const;
type TLabelKey = (typeof LABEL_KEYS)[number];

/** The directory's words; `counts[n]` says that n processes of all of them are shown. */
export type TDirectoryLabels = Record<TLabelKey | "themes", string> & { counts: string[] };

/** "Eswatini (formerly Swaziland)", searchable by its other names too (only those not in the label). */
function countryOption(
  code: string,
  locale: TLocale,
  t: (key: "formerly", values: { names: string }) => string,
): TCountryOption {
  const name = countryName(code, locale);
  const former = formerCountryNames(code, locale);
  const label = former.length > 0 ? `${name} (${t("formerly", { names: former.join(", ") })})` : name;
  const otherNames = countryNameVariants(code, locale).filter((variant) => !label.includes(variant));
  return otherNames.length > 0
    ? { value: code, label, otherNames: otherNames.join(" | ") }
    : { value: code, label };
}
