import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "~/i18n/navigation";
import type { TAdminRcp } from "~/server/admin/rcp-data";
import { RowHeader, Table, Td } from "~/components/ui/table";
import { ArchiveButton } from "./archive-button";

export async function RcpTable({ rcps }: { rcps: TAdminRcp[] }) {
  const t = await getTranslations("AdminRcps");
  const tRcp = await getTranslations("Rcp");
  const format = await getFormatter();
  return (
    <Table
      caption={t("tableCaption")}
      columns={[
        t("columns.name"),
        t("columns.established"),
        t("columns.region"),
        { label: t("columns.staff"), className: "text-right" },
        t("columns.status"),
        { label: t("columns.actions"), isLabelHidden: true },
      ]}
    >
      {rcps.map((rcp) => (
        <tr key={rcp.id} className={rcp.archivedAt ? "bg-canvas" : undefined}>
          <RowHeader>
            <span className="block font-medium">
              {rcp.archivedAt ? rcp.shortName : <Link href={`/rcps/${rcp.slug}`}>{rcp.shortName}</Link>}
            </span>
            <span className="block text-muted">{rcp.name}</span>
            <span className="block font-mono text-xs text-muted">/rcps/{rcp.slug}</span>
          </RowHeader>
          <Td>{rcp.yearEstablished}</Td>
          <Td>{tRcp(`region.${rcp.region}`)}</Td>
          <Td className="text-right">{rcp._count.staff}</Td>
          <Td>
            {rcp.archivedAt ? (
              <span className="font-medium">
                {t("archivedSince", {
                  date: format.dateTime(rcp.archivedAt, { dateStyle: "medium", timeZone: "UTC" }),
                })}
              </span>
            ) : (
              t("published")
            )}
          </Td>
          <Td className="text-right">
            <ArchiveButton
              rcp={{ id: rcp.id, shortName: rcp.shortName, isArchived: rcp.archivedAt !== null }}
            />
          </Td>
        </tr>
      ))}
    </Table>
  );
}
