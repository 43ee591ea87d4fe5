import { useTranslations } from "next-intl";

export function SiteFooter() {
  const t = useTranslations("Layout");
  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <p className="mx-auto max-w-6xl px-4 py-6 text-sm text-muted">{t("footer")}</p>
    </footer>
  );
}
