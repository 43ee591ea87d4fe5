"use client";

import { useSelectedLayoutSegments } from "next/navigation";
import { Link } from "~/i18n/link";
import { locales, type TLocale } from "~/i18n/routing";
import { useDisclosure } from "./use-disclosure";

export type TLocaleSwitcherLabels = Record<"label" | TLocale, string>;

/**
 * The current language as a button; the others, each keeping the page, in the menu it opens. The
 * page's address is built from the route that rendered it (its segments and parameters), never
 * from the requested URL: a cached page is shared by everyone, and its links must not depend on
 * the address of whichever request happened to render it.
 */
export function LocaleSwitcher({ current, labels }: { current: TLocale; labels: TLocaleSwitcherLabels }) {
  // Translated on the server: next-intl's client runtime would weigh more than the menu itself.
  const t = (key: keyof TLocaleSwitcherLabels) => labels[key];
  // Route groups such as "(per-request)" organise the code and are not part of the address; the
  // locale is replaced by each link's own.
  const segments = useSelectedLayoutSegments().filter((segment) => !segment.startsWith("("));
  if (segments[0] === current) segments.shift();
  const href = `/${segments.join("/")}`;
  const { isOpen, root, buttonProps, panelId } = useDisclosure();
  return (
    <nav ref={root} aria-label={t("label")} className="relative">
      <button
        {...buttonProps}
        className="rounded px-2 py-1.5 text-sm font-medium whitespace-nowrap text-ink hover:bg-brand-soft"
      >
        <span className="sr-only">{t("label")}: </span>
        {t(current)} <span aria-hidden="true">▾</span>
      </button>
      <ul
        id={panelId}
        className={`${isOpen ? "block" : "hidden"} absolute right-0 z-30 mt-1 min-w-36 rounded-card border border-line bg-surface py-1 text-sm shadow-md`}
      >
        {locales.map((locale) => (
          <li key={locale}>
            <Link
              href={href}
              locale={locale}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? "true" : undefined}
              className={`block px-3 py-1.5 hover:bg-brand-soft ${locale === current ? "font-semibold text-ink underline" : "no-underline"}`}
            >
              {t(locale)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
