import { useLocale, useTranslations } from "next-intl";
import { NotFoundContent } from "~/components/layout/not-found-content";
import { localizedPath } from "~/i18n/localized-path";
import { toLocale } from "~/i18n/routing";

export default function LocaleNotFound() {
  const t = useTranslations("NotFound");
  const homeHref = localizedPath(toLocale(useLocale()), "/");
  return <NotFoundContent title={t("title")} body={t("body")} home={t("home")} homeHref={homeHref} />;
}
