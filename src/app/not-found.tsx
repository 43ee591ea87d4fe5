import { DefaultLocaleNotFound } from "~/components/layout/default-locale-not-found";
import { routing } from "~/i18n/routing";

// Paths outside any locale (e.g. an unknown language code) answer in the default language.
export default function RootNotFound() {
  return (
    <html lang={routing.defaultLocale}>
      <body className="min-h-screen font-sans antialiased">
        <main id="main" className="mx-auto max-w-6xl px-4 py-8">
          <DefaultLocaleNotFound />
        </main>
      </body>
    </html>
  );
}
