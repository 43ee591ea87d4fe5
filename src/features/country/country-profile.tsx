import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link } from "~/i18n/navigation";
import type { TCountry } from "~/server/country/data";
import { CountryChairTerms } from "./country-chair-terms";
import { CurrentMemberships, FormerMemberships } from "./country-memberships";
import { TerritoryBadge } from "./territory-badge";

/** Everything the data says about one state or territory's part in the RCPs. */
type TProps = {
  country: TCountry;
  name: string;
  formerNames: readonly string[];
  /** The signed-in reader's Follow button. */
  follow?: ReactNode;
  /** The activities held in the country, read as the reader may see them. */
  activities?: ReactNode;
};

export function CountryProfile({ country, name, formerNames, follow, activities }: TProps) {
  const t = useTranslations("Country");
  const format = useFormatter();
  const current = country.memberships.filter((m) => !m.endDate);
  const former = country.memberships.filter((m) => m.endDate);
  const members = current.filter((m) => m.role === "MEMBER").length;
  const others = current.length - members;
  return (
    <div className="space-y-8">
      <p className="text-sm">
        <Link href="/countries">← {t("indexLink")}</Link>
      </p>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{name}</h1>
        {formerNames.length > 0 && (
          <p className="text-muted">{t("formerly", { names: format.list(formerNames) })}</p>
        )}
        {country.kind === "TERRITORY" && (
          <p>
            <TerritoryBadge />
          </p>
        )}
        <p className="text-lg text-muted">
          {t("summary", { members })}
          {others > 0 && ` · ${t("summaryOthers", { others })}`}
        </p>
        {follow}
      </header>
      <CurrentMemberships kind={country.kind} memberships={current} />
      <FormerMemberships memberships={former} />
      <CountryChairTerms terms={country.chairTerms} />
      {activities}
      <p>
        <Link href="/map">{t("mapLink")}</Link>
      </p>
    </div>
  );
}
