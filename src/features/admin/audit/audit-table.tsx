import { getFormatter, getTranslations } from "next-intl/server";
import type { listAuditLog } from "~/server/admin/audit-data";

type TEntry = Awaited<ReturnType<typeof listAuditLog>>["entries"][number];

/** Details are free-form JSON; these are the fields the administration's own writes put there. */
function detailsOf(entry: TEntry) {
  const details =
    entry.details && typeof entry.details === "object" && !Array.isArray(entry.details) ? entry.details : {};
  const text = (key: string) => {
    const value = (details as Record<string, unknown>)[key];
    return typeof value === "string" ? value : value === null ? null : undefined;
  };
  return {
    email: text("email"),
    shortName: text("shortName"),
    rcp: text("rcp"),
    from: text("from"),
    to: text("to"),
  };
}

export async function AuditTable({ entries }: { entries: TEntry[] }) {
  const t = await getTranslations("AdminAudit");
  const tAdmin = await getTranslations("Admin");
  const format = await getFormatter();
  const actionLabel = (action: string) => {
    const key = `actions.${action}` as "actions.user.disable";
    return t.has(key) ? t(key) : action;
  };
  // A role's name when the value is one, the value itself otherwise (actions of other domains).
  const valueLabel = (value: string | null | undefined) => {
    if (value === null) return t("none");
    for (const key of [`platformRole.${value}`, `rcpRole.${value}`] as const) {
      if (tAdmin.has(key as "platformRole.USER")) return tAdmin(key as "platformRole.USER");
    }
    return value;
  };
  return (
    <div className="overflow-x-auto rounded-card border border-line bg-surface">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("tableCaption")}</caption>
        <thead className="border-b border-line bg-canvas">
          <tr>
            {(["when", "actor", "action", "target", "rcp", "change"] as const).map((column) => (
              <th key={column} scope="col" className="px-3 py-2">
                {t(`columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {entries.map((entry) => {
            const details = detailsOf(entry);
            const hasChange = details.from !== undefined || details.to !== undefined;
            return (
              <tr key={entry.id}>
                <td className="px-3 py-2 align-top whitespace-nowrap">
                  <time dateTime={entry.createdAt.toISOString()}>
                    {format.dateTime(entry.createdAt, {
                      dateStyle: "medium",
                      timeStyle: "short",
                      timeZone: "UTC",
                    })}
                  </time>
                </td>
                <td className="px-3 py-2 align-top">
                  {entry.actor ? (
                    <>
                      <span className="block">{entry.actor.email}</span>
                      {entry.actor.name && <span className="block text-muted">{entry.actor.name}</span>}
                    </>
                  ) : (
                    <span className="text-muted">{t("unknownActor")}</span>
                  )}
                </td>
                <td className="px-3 py-2 align-top">
                  <span className="block">{actionLabel(entry.action)}</span>
                  <code className="block text-xs text-muted">{entry.action}</code>
                </td>
                <td className="px-3 py-2 align-top break-all">
                  {details.email ?? details.shortName ?? `${entry.targetType} ${entry.targetId ?? ""}`.trim()}
                </td>
                <td className="px-3 py-2 align-top">{entry.rcp?.shortName ?? details.rcp ?? ""}</td>
                <td className="px-3 py-2 align-top whitespace-nowrap">
                  {hasChange && `${valueLabel(details.from)} → ${valueLabel(details.to)}`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
