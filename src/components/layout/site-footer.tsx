import { useTranslations } from "next-intl";
import { Link } from "~/i18n/navigation";

export function SiteFooter() {
  const t = useTranslations("Layout");
  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-wrap items-baseline justify-between gap-4 px-4 py-6 text-sm text-muted">
        <p>{t("footer")}</p>
        <Link href="/about">{t("about")}</Link>
      </div>
    </footer>
  );
}
