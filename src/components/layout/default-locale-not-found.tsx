"use client";

import { NextIntlClientProvider } from "next-intl";
import { messages } from "~/i18n/messages";
import { routing } from "~/i18n/routing";
import { NotFoundContent } from "./not-found-content";

/**
 * The 404 for paths outside any locale, in the default language. Entirely client-side: Next
 * renders the root not-found with every page, so it must not touch next-intl's request config.
 */
export function DefaultLocaleNotFound() {
  return (
    <NextIntlClientProvider
      locale={routing.defaultLocale}
      messages={messages[routing.defaultLocale]}
      timeZone="UTC"
    >
      <NotFoundContent />
    </NextIntlClientProvider>
  );
}
