import { getTranslations, setRequestLocale } from "next-intl/server";
import { hasLocale } from "next-intl";
import { notFound } from "next/navigation";
import { Link } from "~/i18n/navigation";
import { routing } from "~/i18n/routing";
import { publicCaller } from "~/trpc/server";

type TProps = { params: Promise<{ locale: string }> };

export default async function HomePage({ params }: TProps) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("Home");
  const rcps = await publicCaller.rcp.list();
  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="max-w-3xl text-lg text-muted">{t("intro")}</p>
      </section>
      <section aria-labelledby="processes-heading" className="space-y-3">
        <h2 id="processes-heading" className="text-xl font-semibold">
          {t("processesHeading")}
        </h2>
        {rcps.length === 0 ? (
          <p className="text-muted">{t("empty")}</p>
        ) : (
          <>
            <p className="text-sm text-muted">{t("processesCount", { count: rcps.length })}</p>
            <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {rcps.map((rcp) => (
                <li key={rcp.slug} className="rounded-card border border-line bg-surface p-4">
                  <Link href={`/rcps/${rcp.slug}`} className="font-semibold">
                    {rcp.shortName}
                  </Link>
                  <p className="text-sm text-muted">{rcp.name}</p>
                  <p className="text-sm text-muted">{t("established", { year: rcp.yearEstablished })}</p>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
