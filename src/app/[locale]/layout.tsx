import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ErrorMessagesProvider } from "~/components/layout/error-messages";
import { RouteFocus } from "~/components/layout/route-focus";
import { SiteFooter } from "~/components/layout/site-footer";
import { SiteHeader } from "~/components/layout/site-header";
import { SkipLink } from "~/components/layout/skip-link";
import { routing } from "~/i18n/routing";

type TProps = { children: ReactNode; params: Promise<{ locale: string }> };

// No page is rendered at build time (they need the database); each is rendered on its first
// request and then served from Next's cache until its data changes.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Omit<TProps, "children">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, description: t("description") };
}

export default async function LocaleLayout({ children, params }: TProps) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Error" });
  // The shell's client parts get their few words as props, not through next-intl's client provider:
  // its runtime would be most of what a public page's scripts carry beyond Next's own.
  return (
    <html lang={locale}>
      {/* A column as tall as the window at least: on short pages the footer sits at the bottom, not
          above a band of the page's background. */}
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <ErrorMessagesProvider messages={{ title: t("title"), body: t("body"), retry: t("retry") }}>
          <SkipLink />
          <RouteFocus />
          <SiteHeader />
          <main
            id="main"
            tabIndex={-1}
            className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none"
          >
            {children}
          </main>
          <SiteFooter />
        </ErrorMessagesProvider>
      </body>
    </html>
  );
}
