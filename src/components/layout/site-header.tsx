import { useTranslations } from "next-intl";
import { Link } from "~/i18n/navigation";
import { AccountMenu } from "./account-menu";
import { LocaleSwitcher } from "./locale-switcher";

const sections = [
  ["/rcps", "directory"],
  ["/countries", "countries"],
  ["/map", "map"],
  ["/compare", "compare"],
  ["/overlap", "overlap"],
  ["/timeline", "timeline"],
] as const;

export function SiteHeader() {
  const t = useTranslations("Layout");
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-ink no-underline hover:text-brand">
          {t("siteName")}
        </Link>
        <nav aria-label={t("mainNavigation")} className="flex-1">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-medium">
            {sections.map(([href, key]) => (
              <li key={href}>
                <Link href={href}>{t(key)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <LocaleSwitcher />
        <AccountMenu />
      </div>
    </header>
  );
}
