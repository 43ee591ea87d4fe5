import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { RouteFocus } from "~/components/layout/route-focus";
import { SiteFooter } from "~/components/layout/site-footer";
import { SiteHeader } from "~/components/layout/site-header";
import { SkipLink } from "~/components/layout/skip-link";
import { CLIENT_MESSAGES } from "~/i18n/client-message-paths";
import { ClientMessages } from "~/i18n/client-messages";
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
  return (
    <html lang={locale}>
      {/* A column as tall as the window at least: on short pages the footer sits at the bottom, not
          above a band of the page's background. */}
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <ClientMessages paths={CLIENT_MESSAGES.shell}>
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
        </ClientMessages>
      </body>
    </html>
  );
}
