import { useTranslations } from "next-intl";
import { Link } from "~/i18n/navigation";

type TProps = {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  /** Names the navigation when a page has several paginated lists. */
  label?: string;
};

/** Previous and next links between pages of a table; nothing when everything fits on one page. */
export function Pagination({ page, pageCount, hrefFor, label }: TProps) {
  const t = useTranslations("Admin.pagination");
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label ?? t("label")} className="flex flex-wrap items-center gap-4 text-sm">
      {page > 1 && (
        <Link href={hrefFor(page - 1)} rel="prev" className="font-medium">
          ← {t("previous")}
        </Link>
      )}
      <span>{t("page", { page, pages: pageCount })}</span>
      {page < pageCount && (
        <Link href={hrefFor(page + 1)} rel="next" className="font-medium">
          {t("next")} →
        </Link>
      )}
    </nav>
  );
}
