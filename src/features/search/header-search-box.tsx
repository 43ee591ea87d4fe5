import { useLocale, useTranslations } from "next-intl";
import { buttonClass } from "~/components/ui/button-class";
import { inputClass } from "~/components/ui/form-field";
import { SEARCH_LIMITS } from "~/domain/search/schema";
import { getPathname } from "~/i18n/navigation";
import { toLocale } from "~/i18n/routing";

/**
 * The header's search: a plain GET form to the results page, so it works without JavaScript, and
 * carries nothing of the reader (the header is cached and shared by everyone).
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
      className="flex items-center gap-1"
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
        className={`${inputClass} w-32 py-1 lg:w-40`}
      />
      <button type="submit" className={buttonClass({ variant: "secondary", size: "sm" })}>
        {t("submit")}
      </button>
    </form>
  );
}
