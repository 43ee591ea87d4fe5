import { useLocale, useTranslations } from "next-intl";
import { resolveText } from "~/lib/localized-text";

/** Longer localized text, split into its paragraphs (blank lines). */
export function Paragraphs({ value, className }: { value: unknown; className?: string }) {
  const locale = useLocale();
  const t = useTranslations("Rcp");
  const resolved = resolveText(value, locale);
  if (!resolved.text) return null;
  return (
    <div className={className} lang={resolved.isFallback ? resolved.lang : undefined}>
      {resolved.isFallback && (
        <p lang={locale} className="text-xs text-muted">
          {t("untranslatedNotice")}
        </p>
      )}
      {resolved.text.split(/\n\s*\n/).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}
