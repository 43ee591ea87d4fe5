import { useTranslations } from "next-intl";
import { Link } from "~/i18n/navigation";

export function SiteFooter() {
  const t = useTranslations("Layout");
  const api = useTranslations("ApiDocs");
  const search = useTranslations("SearchBox");
  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-wrap items-baseline justify-between gap-4 px-4 py-6 text-sm text-muted">
        <p>{t("footer")}</p>
        <div className="flex gap-4">
          <Link href="/about">{t("about")}</Link>
          <Link href="/api-docs">{api("footerLink")}</Link>
          <Link href="/search">{search("footerLink")}</Link>
        </div>
      </div>
    </footer>
  );
}
