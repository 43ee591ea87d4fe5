import { useTranslations } from "next-intl";
import { Section } from "~/components/ui/section";
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
    <Section id="memberships" title={t("membershipsHeading")}>
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
    </Section>
  );
}

/** Memberships that have ended, with their dates: New Zealand in APC until 2003. */
export function FormerMemberships({ memberships }: { memberships: TMembership[] }) {
  const t = useTranslations("Country");
  const tRcp = useTranslations("Rcp");
  if (memberships.length === 0) return null;
  return (
    <Section id="former" title={t("formerHeading")}>
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
    </Section>
  );
}
