import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { hasLocale } from "next-intl";
import { notFound } from "next/navigation";
import { PageHeader } from "~/components/ui/page-header";
import { Section } from "~/components/ui/section";
import { distinctFullName } from "~/domain/rcp/full-name";
import { localizeRcp } from "~/domain/rcp/names";
import { Link } from "~/i18n/navigation";
import { routing } from "~/i18n/routing";
import { publicCaller } from "~/trpc/server";

type TProps = { params: Promise<{ locale: string }> };

/** Feed readers find the platform's public Atom feed from the home page. */
export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "FeedAtom" });
  return {
    alternates: {
      types: { "application/atom+xml": [{ url: `/api/feed/${locale}/events.atom`, title: t("title") }] },
    },
  };
}

export default async function HomePage({ params }: TProps) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("Home");
  const rcps = (await publicCaller.rcp.list()).map((rcp) => localizeRcp(rcp, locale));
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} intro={t("intro")} />
      <Section id="processes" title={t("processesHeading")}>
        {rcps.length === 0 ? (
          <p className="text-muted">{t("empty")}</p>
        ) : (
          <>
            <p className="text-sm text-muted">{t("processesCount", { count: rcps.length })}</p>
            <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {rcps.map((rcp) => (
                <li key={rcp.slug} className="rounded-card border border-line bg-surface p-4">
                  <Link href={`/rcps/${rcp.slug}`} lang={rcp.shortNameLang} className="font-semibold">
                    {rcp.shortName}
                  </Link>
                  {distinctFullName(rcp) && (
                    <p lang={rcp.nameLang} className="text-sm text-muted">
                      {rcp.name}
                    </p>
                  )}
                  <p className="text-sm text-muted">{t("established", { year: rcp.yearEstablished })}</p>
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>
    </div>
  );
}
