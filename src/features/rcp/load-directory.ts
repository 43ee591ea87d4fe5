import "server-only";
import { getTranslations } from "next-intl/server";
import type { TLocale } from "~/i18n/routing";
import { resolveText } from "~/lib/localized-text";
import { countryName } from "~/domain/country/names";
import { REGIONS, type TRegion } from "~/domain/rcp/regions";
import { publicCaller } from "~/trpc/server";
import type { TDirectoryItem } from "./directory-browser";

/** The directory with every label already in the reader's language, so the browser does no lookups. */
export async function loadDirectory(locale: TLocale) {
  const [rcps, themes, t] = await Promise.all([
    publicCaller.rcp.list(),
    publicCaller.rcp.listThemes(),
    getTranslations({ locale, namespace: "Rcp" }),
  ]);
  const themeLabel = new Map(themes.map((theme) => [theme.slug, resolveText(theme.label, locale).text]));
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, locale);
  const items: TDirectoryItem[] = rcps
    .map((rcp) => ({
      ...rcp,
      regionLabel: t(`region.${rcp.region as TRegion}`),
      secretariatLabel: t(`secretariatKind.${rcp.secretariatKind as "FIXED" | "ROTATING" | "NONE"}`),
      memberCount: rcp.memberCodes.length,
      themeLabels: rcp.themeSlugs
        .map((slug) => themeLabel.get(slug) ?? slug)
        .sort((a, b) => a.localeCompare(b, locale)),
    }))
    .sort((a, b) => a.shortName.localeCompare(b.shortName, locale));
  const memberCodes = [...new Set(rcps.flatMap((rcp) => rcp.memberCodes))];
  return {
    items,
    regions: REGIONS.filter((region) => rcps.some((rcp) => rcp.region === region)).map((value) => ({
      value,
      label: t(`region.${value}`),
    })),
    themes: themes
      .map((theme) => ({ value: theme.slug, label: themeLabel.get(theme.slug) ?? theme.slug }))
      .sort(byLabel),
    countries: memberCodes.map((code) => ({ value: code, label: countryName(code, locale) })).sort(byLabel),
  };
}
