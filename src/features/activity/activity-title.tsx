import { useLocale, useTranslations } from "next-intl";
import { pickActivityText } from "./activity-text";

/** An activity's title or summary; one shown in another language says so, in the reader's. */
export function ActivityText({ value, className }: { value: unknown; className?: string }) {
  const locale = useLocale();
  const t = useTranslations("Activities");
  const resolved = pickActivityText(value, locale);
  if (!resolved.text) return null;
  return (
    <span className={className} lang={resolved.isFallback ? resolved.lang : undefined}>
      {resolved.text}
      {resolved.isFallback && (
        <span lang={locale} className="ml-1 text-xs font-normal text-muted">
          ({t("untranslated")})
        </span>
      )}
    </span>
  );
}
