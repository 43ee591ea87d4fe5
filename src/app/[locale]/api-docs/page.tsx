import { getTranslations } from "next-intl/server";
import { PageHeader } from "~/components/ui/page-header";
import { ApiReference } from "~/features/api-docs/api-reference";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";

type TProps = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("ApiDocs", "title");

// Reads no database: rendered once per locale and served from the cache like the about page.
export default async function ApiDocsPage({ params }: TProps) {
  await pageLocale(params);
  const t = await getTranslations("ApiDocs");
  return (
    <article className="max-w-4xl space-y-10">
      <PageHeader title={t("title")} intro={t("intro")} />
      <ApiReference />
    </article>
  );
}
