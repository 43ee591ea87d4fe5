import { useLocale, useTranslations } from "next-intl";
import { buttonClass } from "~/components/ui/button-class";
import { inputClass } from "~/components/ui/form-field";
import { SEARCH_LIMITS } from "~/domain/search/schema";
import { getPathname } from "~/i18n/navigation";
import { toLocale } from "~/i18n/routing";

/**
 * The header's search: a plain GET form to the results page, so it works without JavaScript, and
 * carries nothing of the reader (the header is cached and shared by everyone). Below 1024 px it
 * takes a row of its own under the header's controls; from there it is a compact box beside the
 * sections, its button an icon, so the header stays one row in every language.
 */
export function HeaderSearchBox() {
  const t = useTranslations("SearchBox");
  const locale = toLocale(useLocale());
  return (
    <form
      method="get"
      action={getPathname({ href: "/search", locale })}
      role="search"
      aria-label={t("label")}
      className="order-last flex w-full items-center gap-1 lg:order-none lg:w-auto lg:shrink-0"
    >
      <label htmlFor="header-search" className="sr-only">
        {t("label")}
      </label>
      <input
        id="header-search"
        type="search"
        name="q"
        required
        maxLength={SEARCH_LIMITS.query}
        placeholder={t("placeholder")}
        className={`${inputClass} min-w-0 flex-1 py-1 lg:w-32 lg:flex-none`}
      />
      <button type="submit" className={buttonClass({ variant: "secondary", size: "sm" })}>
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="size-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="m13 13 4.5 4.5" strokeLinecap="round" />
        </svg>
        <span className="sr-only">{t("submit")}</span>
      </button>
    </form>
  );
}
