import { createTranslator } from "next-intl";
import shell from "~/i18n/messages/en/shell.json";
import { routing } from "~/i18n/routing";
import { NotFoundContent } from "./not-found-content";

/**
 * The 404 for paths outside any locale, in the default language. Next renders the root not-found
 * with every page, so it must not touch next-intl's request config: it reads the default locale's
 * messages directly. A server component, so that no page carries a copy of them in its scripts.
 */
export function DefaultLocaleNotFound() {
  const t = createTranslator({ locale: routing.defaultLocale, messages: shell, namespace: "NotFound" });
  return (
    <NotFoundContent
      title={t("title")}
      body={t("body")}
      home={t("home")}
      homeHref={`/${routing.defaultLocale}`}
    />
  );
}
