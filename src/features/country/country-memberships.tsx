import { useTranslations } from "next-intl";
import type { TCountry } from "~/server/country/data";
import { DataTable } from "./data-table";
import { Period } from "./period";
import { RcpCell } from "./rcp-cell";

type TMembership = TCountry["memberships"][number];

/** The RCPs a country takes part in now, in any role. */
export function CurrentMemberships({
  kind,
  memberships,
}: {
  kind: TCountry["kind"];
  memberships: TMembership[];
}) {
  const t = useTranslations("Country");
  const tRcp = useTranslations("Rcp");
  const hasDates = memberships.some((m) => m.startDate);
  return (
    <section aria-labelledby="memberships-heading" className="space-y-3">
      <h2 id="memberships-heading" className="text-xl font-semibold">
        {t("membershipsHeading")}
      </h2>
      {memberships.length === 0 ? (
        <p className="text-muted">{t("noCurrent", { kind })}</p>
      ) : (
        <DataTable
          caption={t("membershipsCaption")}
          columns={[
            t("detailColumn.process"),
            t("detailColumn.role"),
            t("detailColumn.region"),
            ...(hasDates ? [t("detailColumn.since")] : []),
          ]}
          rows={memberships.map((m) => ({
            key: `${m.rcp.slug}-${m.role}`,
            cells: [
              <RcpCell key="rcp" rcp={m.rcp} />,
              tRcp(`role.${m.role}`),
              tRcp(`region.${m.rcp.region}`),
              ...(hasDates
                ? [<Period key="period" period={{ ...m, endDate: null, endPrecision: null }} />]
                : []),
            ],
          }))}
        />
      )}
    </section>
  );
}

/** Memberships that have ended, with their dates: New Zealand in APC until 2003. */
export function FormerMemberships({ memberships }: { memberships: TMembership[] }) {
  const t = useTranslations("Country");
  const tRcp = useTranslations("Rcp");
  if (memberships.length === 0) return null;
  return (
    <section aria-labelledby="former-heading" className="space-y-3">
      <h2 id="former-heading" className="text-xl font-semibold">
        {t("formerHeading")}
      </h2>
      <DataTable
        caption={t("formerCaption")}
        columns={[t("detailColumn.process"), t("detailColumn.role"), t("detailColumn.period")]}
        rows={memberships.map((m) => ({
          key: `${m.rcp.slug}-${m.role}`,
          cells: [
            <RcpCell key="rcp" rcp={m.rcp} />,
            m.role === "MEMBER" ? t("formerMember") : tRcp(`role.${m.role}`),
            <Period key="period" period={m} />,
          ],
        }))}
      />
    </section>
  );
}
