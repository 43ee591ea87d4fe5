import { useTranslations } from "next-intl";

export function SkipLink() {
  const t = useTranslations("Layout");
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-surface focus:px-4 focus:py-2 focus:text-ink"
    >
      {t("skipToContent")}
    </a>
  );
}
