// A duplicate-effort warning as one sentence in the reader's language: "MTM Dialogue holds a
// workshop on labour migration in Rabat two weeks earlier; 9 of your member states take part in both".
import type { TLocale } from "~/i18n/routing";
import { resolveText } from "~/lib/localized-text";
import { rcpShortName } from "~/domain/rcp/names";
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

export function duplicateSentence(item: TDuplicateEffort, locale: TLocale, t: TDuplicateTranslate): string {
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  return t("sentence", {
    hosts: list.format(item.hosts.map((host) => rcpShortName(host, locale))),
    hostCount: item.hosts.length,
    kind: t(`kind.${item.kind}`),
    themes: list.format(
      item.sharedThemes.map((theme) => inSentence(resolveText(theme.label, locale).text, locale)),
    ),
    place: place(item, t),
    when: when(item, t),
    members: t("members", { count: item.sharedMemberStates }),
  });
}
