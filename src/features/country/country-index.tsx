import { useTranslations } from "next-intl";
import { CLIENT_MESSAGES } from "~/i18n/client-message-paths";
import { ClientMessages } from "~/i18n/client-messages";
import { Link } from "~/i18n/navigation";
import { CountryIndexTable } from "./country-index-table";
import type { TIndexRow } from "./index-rows";

export function CountryIndex({ rows }: { rows: TIndexRow[] }) {
  const t = useTranslations("Country");
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">{t("indexTitle")}</h1>
        <p className="max-w-3xl text-lg text-muted">{t("indexIntro")}</p>
        <p>
          <Link href="/map">{t("mapLink")}</Link>
        </p>
      </header>
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
