"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "~/i18n/navigation";
import { locales } from "~/i18n/routing";

export function LocaleSwitcher() {
  const t = useTranslations("LocaleSwitcher");
  const current = useLocale();
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")}>
      <ul className="flex gap-1 text-sm">
        {locales.map((locale) => (
          <li key={locale}>
            <Link
              href={pathname}
              locale={locale}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? "true" : undefined}
              className={
                locale === current
                  ? "rounded px-2 py-1 font-semibold text-ink underline"
                  : "rounded px-2 py-1 text-brand hover:bg-brand-soft"
              }
            >
              {t(locale)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
