import { getTranslations } from "next-intl/server";
import { PageHeader } from "~/components/ui/page-header";
import { Section } from "~/components/ui/section";
import { Link } from "~/i18n/navigation";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";

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

export const generateMetadata = titleMetadata("About", "title");

export default async function AboutPage({ params }: TProps) {
  await pageLocale(params);
  const t = await getTranslations("About");
  const layout = await getTranslations("Layout");
  return (
    <article className="max-w-3xl space-y-8">
      <PageHeader title={t("title")} intro={t("intro")} />
      <Section id="about-why" title={t("why.heading")}>
        <p>{t("why.body")}</p>
      </Section>
      <Section id="about-views" title={t("views.heading")}>
        <ul className="list-disc space-y-1 pl-6">
          {views.map(([href, key]) => (
            <li key={key}>
              {/* Followed by its description: underlined to be told apart from it without colour. */}
              <Link href={href} className="underline">
                {layout(key)}
              </Link>{" "}
              — {t(`views.${key}`)}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="about-secretariats" title={t("secretariats.heading")}>
        <p>{t("secretariats.body")}</p>
      </Section>
      <Section id="about-sources" title={t("sources.heading")}>
        <p>{t("sources.body")}</p>
        <ul className="list-disc space-y-1 pl-6">
          {(["matrix", "annexB", "paper", "workshop"] as const).map((key) => (
            <li key={key}>{t(`sources.${key}`)}</li>
          ))}
        </ul>
      </Section>
    </article>
  );
}
