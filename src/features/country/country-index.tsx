import { useTranslations } from "next-intl";
import { PageHeader } from "~/components/ui/page-header";
import { CLIENT_MESSAGES } from "~/i18n/client-message-paths";
import { ClientMessages } from "~/i18n/client-messages";
import { Link } from "~/i18n/navigation";
import { CountryIndexTable } from "./country-index-table";
import type { TIndexRow } from "./index-rows";

export function CountryIndex({ rows }: { rows: TIndexRow[] }) {
  const t = useTranslations("Country");
  return (
    <div className="space-y-6">
      <PageHeader title={t("indexTitle")} intro={t("indexIntro")}>
        <p>
          <Link href="/map">{t("mapLink")}</Link>
        </p>
      </PageHeader>
      {rows.length === 0 ? (
        <p className="rounded-card border border-line bg-surface p-4">{t("empty")}</p>
      ) : (
        <ClientMessages paths={CLIENT_MESSAGES.countryIndex}>
          <CountryIndexTable rows={rows} />
        </ClientMessages>
      )}
    </div>
  );
}
