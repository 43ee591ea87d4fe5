// A duplicate-effort warning as one sentence in the reader's language: "MTM Dialogue holds a
// workshop on labour migration in Rabat two weeks earlier; 9 of your member states take part in both".
import type { TLocale } from "~/i18n/routing";
import { resolveText } from "~/lib/localized-text";
import { nameGender, rcpShortName } from "~/domain/rcp/names";
import type { TDuplicateEffort } from "./schema";

/** next-intl's translator for the "DuplicateEffort" namespace, as far as the sentence needs it. */
export type TDuplicateTranslate = (key: string, values?: Record<string, string | number>) => string;

/** Inside a sentence a label loses its capital, unless it starts an acronym ("IDPs"). */
function inSentence(label: string, locale: TLocale): string {
  const [first = "", second = ""] = label;
  return second && second === second.toLocaleLowerCase(locale)
    ? first.toLocaleLowerCase(locale) + label.slice(1)
    : label;
}

function when(item: TDuplicateEffort, t: TDuplicateTranslate): string {
  if (item.isConcurrent) return t("whenConcurrent");
  const days = Math.abs(item.daysFromPlan);
  const amount = days < 7 ? t("days", { count: days }) : t("weeks", { count: Math.round(days / 7) });
  return item.daysFromPlan < 0 ? t("earlier", { amount }) : t("later", { amount });
}

/** With its leading space, so that a warning without a place reads without a gap. */
function place(item: TDuplicateEffort, t: TDuplicateTranslate): string {
  if (item.location) return ` ${t("placeIn", { location: item.location })}`;
  return item.isOnline ? ` ${t("placeOnline")}` : "";
}

/**
 * Processes with the article their language puts before them ("le Processus de Budapest et le
 * Dialogue MTM"), opening a sentence.
 */
export function processNames(
  rcps: readonly Parameters<typeof rcpShortName>[0][],
  locale: TLocale,
  t: TDuplicateTranslate,
): string {
  const names = rcps.map((host) => {
    const rcp = rcpShortName(host, locale);
    return t("host", { rcp, gender: nameGender(rcp, locale) });
  });
  const text = new Intl.ListFormat(locale, { type: "conjunction" }).format(names);
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** Themes as the language introduces them (French: « le thème « … » »). */
export function themeNames(
  labels: readonly Parameters<typeof resolveText>[0][],
  locale: TLocale,
  t: TDuplicateTranslate,
): string {
  const names = labels.map((label) =>
    t("themeName", { label: inSentence(resolveText(label, locale).text, locale) }),
  );
  const list = new Intl.ListFormat(locale, { type: "conjunction" }).format(names);
  return t("themes", { names: list, count: names.length });
}

export function duplicateSentence(item: TDuplicateEffort, locale: TLocale, t: TDuplicateTranslate): string {
  return t("sentence", {
    hosts: processNames(item.hosts, locale, t),
    hostCount: item.hosts.length,
    kind: t(`kind.${item.kind}`),
    themes: themeNames(
      item.sharedThemes.map((theme) => theme.label),
      locale,
      t,
    ),
    place: place(item, t),
    when: when(item, t),
    members: t("members", { count: item.sharedMemberStates }),
  });
}
