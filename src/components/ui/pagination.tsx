import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link } from "~/i18n/navigation";

type TPageLink = { href: string; label: string };

type TPagerProps = {
  /** Names the navigation, e.g. which list it pages through. */
  label: string;
  previous?: TPageLink;
  next?: TPageLink;
  /** Where the reader is, between the two links ("Page 2 of 5"). */
  children?: ReactNode;
};

/** Links to the previous and next page of a list, for lists paged by number or by cursor. */
export function Pager({ label, previous, next, children }: TPagerProps) {
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-4 text-sm">
      {previous && (
        <Link href={previous.href} rel="prev" className="font-medium">
          ← {previous.label}
        </Link>
      )}
      {children && <span>{children}</span>}
      {next && (
        <Link href={next.href} rel="next" className="font-medium">
          {next.label} →
        </Link>
      )}
    </nav>
  );
}

type TPaginationProps = {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  /** Names the navigation when a page has several paginated lists. */
  label?: string;
};

/** Previous and next links between numbered pages; nothing when everything fits on one page. */
export function Pagination({ page, pageCount, hrefFor, label }: TPaginationProps) {
  const t = useTranslations("Pagination");
  if (pageCount <= 1) return null;
  return (
    <Pager
      label={label ?? t("label")}
      previous={page > 1 ? { href: hrefFor(page - 1), label: t("previous") } : undefined}
      next={page < pageCount ? { href: hrefFor(page + 1), label: t("next") } : undefined}
    >
      {t("page", { page, pages: pageCount })}
    </Pager>
  );
}
