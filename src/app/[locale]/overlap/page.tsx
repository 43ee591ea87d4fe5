import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { PageHeader } from "~/components/ui/page-header";
import { buildHeatmapData } from "~/features/overlap/build-heatmap-data";
import { OverlapExplorer, OverlapExplorerFallback } from "~/features/overlap/overlap-explorer";
import { CLIENT_MESSAGES } from "~/i18n/client-message-paths";
import { ClientMessages } from "~/i18n/client-messages";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";
import { publicCaller } from "~/trpc/server";

type TProps = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("Overlap", "metaTitle");

export default async function OverlapPage({ params }: TProps) {
  const locale = await pageLocale(params);
  const t = await getTranslations("Overlap");
  const overlap = await publicCaller.rcp.getOverlap();
  const data = buildHeatmapData(overlap, locale);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")}>
        <p className="max-w-3xl text-sm text-muted">{t("scope")}</p>
      </PageHeader>
      <ClientMessages paths={CLIENT_MESSAGES.overlap}>
        <Suspense fallback={<OverlapExplorerFallback {...data} />}>
          <OverlapExplorer {...data} />
        </Suspense>
      </ClientMessages>
    </div>
  );
}
