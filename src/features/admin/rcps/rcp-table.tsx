import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "~/i18n/navigation";
import type { TAdminRcp } from "~/server/admin/rcp-data";
import { ArchiveButton } from "./archive-button";

export async function RcpTable({ rcps }: { rcps: TAdminRcp[] }) {
  const t = await getTranslations("AdminRcps");
  const tRcp = await getTranslations("Rcp");
  const format = await getFormatter();
  return (
    <div className="overflow-x-auto rounded-card border border-line bg-surface">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("tableCaption")}</caption>
        <thead className="border-b border-line bg-canvas">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("columns.name")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("columns.established")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("columns.region")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("columns.staff")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("columns.status")}
            </th>
            <th scope="col" className="px-3 py-2">
              <span className="sr-only">{t("columns.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rcps.map((rcp) => (
            <tr key={rcp.id} className={rcp.archivedAt ? "bg-canvas" : undefined}>
              <th scope="row" className="px-3 py-2 align-top font-normal">
                <span className="block font-medium">
                  {rcp.archivedAt ? rcp.shortName : <Link href={`/rcps/${rcp.slug}`}>{rcp.shortName}</Link>}
                </span>
                <span className="block text-muted">{rcp.name}</span>
                <span className="block font-mono text-xs text-muted">/rcps/{rcp.slug}</span>
              </th>
              <td className="px-3 py-2 align-top">{rcp.yearEstablished}</td>
              <td className="px-3 py-2 align-top">{tRcp(`region.${rcp.region}`)}</td>
              <td className="px-3 py-2 text-right align-top">{rcp._count.staff}</td>
              <td className="px-3 py-2 align-top">
                {rcp.archivedAt ? (
                  <span className="font-medium">
                    {t("archivedSince", {
                      date: format.dateTime(rcp.archivedAt, { dateStyle: "medium", timeZone: "UTC" }),
                    })}
                  </span>
                ) : (
                  t("published")
                )}
              </td>
              <td className="px-3 py-2 text-right align-top">
                <ArchiveButton
                  rcp={{ id: rcp.id, shortName: rcp.shortName, isArchived: rcp.archivedAt !== null }}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
