import { useLocale, useTranslations } from "next-intl";
import { resolveText } from "~/lib/localized-text";

type TProps = {
  value: unknown;
  as?: "p" | "span" | "div";
  className?: string;
  /** false inside a block that says once, above its items, that they are in English (UntranslatedNotice). */
  isMarked?: boolean;
};

/**
 * Text written per language. When the reader's language is missing, the English original is
 * shown with its language marked, so screen readers pronounce it right and readers know why.
 */
export function LocalizedText({ value, as: Tag = "span", className, isMarked = true }: TProps) {
  const locale = useLocale();
  const t = useTranslations("Rcp");
  const resolved = resolveText(value, locale);
  if (!resolved.text) return null;
  return (
    <Tag className={className} lang={resolved.isFallback ? resolved.lang : undefined}>
      {resolved.text}
      {resolved.isFallback && isMarked && (
        <span lang={locale} className="ml-1 text-xs text-muted">
          ({t("untranslated")})
        </span>
      )}
    </Tag>
  );
}
