"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSelectedLayoutSegments } from "next/navigation";
import { Link } from "~/i18n/navigation";
import { locales } from "~/i18n/routing";

/**
 * The same page in each language. Its address is built from the route that rendered the page (its
 * segments and parameters), never from the requested URL: a cached page is shared by everyone, and
 * its links must not depend on the address of whichever request happened to render it.
 */
export function LocaleSwitcher() {
  const t = useTranslations("LocaleSwitcher");
  const current = useLocale();
  // Route groups such as "(per-request)" organise the code and are not part of the address; the
  // locale is replaced by each link's own.
  const segments = useSelectedLayoutSegments().filter((segment) => !segment.startsWith("("));
  if (segments[0] === current) segments.shift();
  const href = `/${segments.join("/")}`;
  return (
    <nav aria-label={t("label")}>
      <ul className="flex gap-1 text-sm">
        {locales.map((locale) => (
          <li key={locale}>
            <Link
              href={href}
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
