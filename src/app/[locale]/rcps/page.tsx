import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { PageHeader } from "~/components/ui/page-header";
import { DirectoryBrowser, DirectoryPreview } from "~/features/rcp/directory-browser";
import { loadDirectory } from "~/features/rcp/load-directory";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";

type TProps = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("Directory", "title");

export default async function DirectoryPage({ params }: TProps) {
  const locale = await pageLocale(params);
  const t = await getTranslations("Directory");
  const directory = await loadDirectory(locale);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      {/* Filters are read in the browser; the cached page itself is the unfiltered directory. */}
      <Suspense fallback={<DirectoryPreview {...directory} />}>
        <DirectoryBrowser {...directory} />
      </Suspense>
    </div>
  );
}
