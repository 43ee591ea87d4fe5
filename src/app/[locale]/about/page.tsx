import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "~/i18n/navigation";
import { pageLocale } from "~/i18n/page-locale";

type TProps = { params: Promise<{ locale: string }> };

// What the platform is for and where its reference data comes from. It reads no database, so it
// is also the framework floor the benchmark compares the data pages with (bench/targets.ts).
const views = [
  ["/rcps", "directory"],
  ["/countries", "countries"],
  ["/compare", "compare"],
  ["/overlap", "overlap"],
  ["/map", "map"],
  ["/timeline", "timeline"],
] as const;

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "About" });
  return { title: t("title") };
}

export default async function AboutPage({ params }: TProps) {
  await pageLocale(params);
  const t = await getTranslations("About");
  const layout = await getTranslations("Layout");
  return (
    <article className="max-w-3xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-lg text-muted">{t("intro")}</p>
      </header>
      <section aria-labelledby="about-why" className="space-y-3">
        <h2 id="about-why" className="text-xl font-semibold">
          {t("why.heading")}
        </h2>
        <p>{t("why.body")}</p>
      </section>
      <section aria-labelledby="about-views" className="space-y-3">
        <h2 id="about-views" className="text-xl font-semibold">
          {t("views.heading")}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {views.map(([href, key]) => (
            <li key={key}>
              <Link href={href}>{layout(key)}</Link> — {t(`views.${key}`)}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="about-secretariats" className="space-y-3">
        <h2 id="about-secretariats" className="text-xl font-semibold">
          {t("secretariats.heading")}
        </h2>
        <p>{t("secretariats.body")}</p>
      </section>
      <section aria-labelledby="about-sources" className="space-y-3">
        <h2 id="about-sources" className="text-xl font-semibold">
          {t("sources.heading")}
        </h2>
        <p>{t("sources.body")}</p>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t("sources.matrix")}</li>
          <li>{t("sources.annexB")}</li>
          <li>{t("sources.paper")}</li>
          <li>{t("sources.workshop")}</li>
        </ul>
      </section>
    </article>
  );
}
