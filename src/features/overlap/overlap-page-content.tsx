import { getTranslations } from "next-intl/server";
import { Suspense, type ReactNode } from "react";
import { PageHeader } from "~/components/ui/page-header";
import { CLIENT_MESSAGES } from "~/i18n/client-message-paths";
import { ClientMessages } from "~/i18n/client-messages";
import type { TLocale } from "~/i18n/routing";
import { publicCaller } from "~/trpc/server";
import { buildHeatmapData } from "./build-heatmap-data";
import { OverlapExplorer, OverlapExplorerFallback } from "./overlap-explorer";

/**
 * The overlap page, cached for everyone; `after`: what only its per-request twin shows its
 * signed-in reader (which processes work on the same themes at the same time).
 */
export async function OverlapPageContent({ locale, after }: { locale: TLocale; after?: ReactNode }) {
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
      {after}
    </div>
  );
}
