import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { NotFoundContent } from "~/components/layout/not-found-content";
import { routing } from "~/i18n/routing";

// Paths outside any locale (e.g. an unknown language code) answer in the default language.
export default async function RootNotFound() {
  const locale = routing.defaultLocale;
  const messages = await getMessages({ locale });
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans antialiased">
        <NextIntlClientProvider locale={locale} messages={messages}>
          <main id="main" className="mx-auto max-w-6xl px-4 py-8">
            <NotFoundContent />
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
