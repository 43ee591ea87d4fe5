import { useLocale, useTranslations } from "next-intl";
import { HeaderSearchBox } from "~/features/search/header-search-box";
import { HeaderNotificationBell } from "~/features/notification/header-notification-bell";
import { Link } from "~/i18n/navigation";
import { toLocale } from "~/i18n/routing";
import { AccountMenu, type TAccountMenuLabels } from "./account-menu";
import { LocaleSwitcher, type TLocaleSwitcherLabels } from "./locale-switcher";
import { MainNavigation } from "./main-navigation";

const sections = [
  ["/rcps", "directory"],
  ["/countries", "countries"],
  ["/map", "map"],
  ["/compare", "compare"],
  ["/overlap", "overlap"],
  ["/timeline", "timeline"],
] as const;

// One line from 1024 px in every language, with room to spare for a search box and notifications:
// the language and the account are compact menus; below 1024 px the sections fold into "Menu".
export function SiteHeader() {
  const t = useTranslations("Layout");
  const locale = toLocale(useLocale());
  const localeLabels = useLocaleSwitcherLabels();
  const accountLabels = useAccountMenuLabels();
  return (
    <header className="relative border-b border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 lg:flex-nowrap lg:gap-x-6">
        <Link
          href="/"
          className="shrink-0 text-lg font-bold whitespace-nowrap text-ink no-underline hover:text-brand"
        >
          {t("siteName")}
        </Link>
        <MainNavigation label={t("mainNavigation")} menuLabel={t("menu")}>
          <ul className="flex flex-col gap-2 text-sm font-medium lg:flex-row lg:gap-x-4 lg:whitespace-nowrap">
            {sections.map(([href, key]) => (
              <li key={href}>
                <Link href={href} className="no-underline hover:underline">
                  {t(key)}
                </Link>
              </li>
            ))}
          </ul>
        </MainNavigation>
        <HeaderSearchBox />
        <div className="ml-auto flex shrink-0 items-center gap-2">
          <LocaleSwitcher current={locale} labels={localeLabels} />
          <HeaderNotificationBell />
          <AccountMenu labels={accountLabels} />
        </div>
      </div>
    </header>
  );
}

function useLocaleSwitcherLabels(): TLocaleSwitcherLabels {
  const t = useTranslations("LocaleSwitcher");
  return { label: t("label"), en: t("en"), fr: t("fr"), es: t("es") };
}

// Stands for the name in "Signed in as {name}", which only the browser knows: the sentence is
// formatted here and cut around it.
const NAME = "\u0000";

function useAccountMenuLabels(): TAccountMenuLabels {
  const t = useTranslations("Auth");
  const calendarLinks = useTranslations("CalendarLinks");
  const emailPreferences = useTranslations("EmailPreferences");
  const [before = "", after = ""] = t("signedInAs", { name: NAME }).split(NAME);
  return {
    signIn: t("signIn"),
    signOut: t("signOut"),
    accountMenu: t("accountMenu"),
    yourWork: t("yourWork"),
    calendar: calendarLinks("menu"),
    emailPreferences: emailPreferences("menu"),
    signedInAs: { before, after },
  };
}
