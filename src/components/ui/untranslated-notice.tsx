import { useLocale, useTranslations } from "next-intl";
import { resolveText } from "~/lib/localized-text";

/**
 * One "not yet translated" line for a block whose texts are shown in the English original, so a
 * list of ten priorities says it once rather than after each one (their items pass isMarked={false}).
 */
export function UntranslatedNotice({ values, className }: { values: unknown[]; className?: string }) {
  const locale = useLocale();
  const t = useTranslations("Rcp");
  const hasFallback = values.some((value) => {
    const resolved = resolveText(value, locale);
    return resolved.isFallback && resolved.text !== "";
  });
  if (!hasFallback) return null;
  return <p className={className ?? "text-xs text-muted"}>{t("untranslatedNotice")}</p>;
}
