"use client";

import { NextIntlClientProvider } from "next-intl";
import shell from "~/i18n/messages/en/shell.json";
import { NotFoundContent } from "./not-found-content";

/**
 * The 404 for paths outside any locale, in the default language. Entirely client-side: Next
 * renders the root not-found with every page, so it must not touch next-intl's request config.
 * Only the English shell messages travel to the browser.
 */
export function DefaultLocaleNotFound() {
  return (
    <NextIntlClientProvider locale="en" messages={shell} timeZone="UTC">
      <NotFoundContent />
    </NextIntlClientProvider>
  );
}
