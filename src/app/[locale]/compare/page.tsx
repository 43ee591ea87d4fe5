import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { PageHeader } from "~/components/ui/page-header";
import { MATRIX_COLUMNS } from "~/features/compare/build-matrix";
import { loadMatrix } from "~/features/compare/load-matrix";
import { MatrixTable, MatrixView } from "~/features/compare/matrix-view";
import { CLIENT_MESSAGES } from "~/i18n/client-message-paths";
import { ClientMessages } from "~/i18n/client-messages";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";

type TProps = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("Compare", "title");

export default async function ComparePage({ params }: TProps) {
  const locale = await pageLocale(params);
  const t = await getTranslations("Compare");
  const { matrix, headers } = await loadMatrix(locale);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      <ClientMessages paths={CLIENT_MESSAGES.compare}>
        <Suspense fallback={<MatrixTable matrix={matrix} headers={headers} columns={MATRIX_COLUMNS} />}>
          <MatrixView matrix={matrix} headers={headers} />
        </Suspense>
      </ClientMessages>
    </div>
  );
}
