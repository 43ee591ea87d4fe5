import { getFormatter, getTranslations } from "next-intl/server";
import { Table, Td } from "~/components/ui/table";
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
    <Table
      caption={t("tableCaption")}
      columns={(["when", "actor", "action", "target", "rcp", "change"] as const).map((column) =>
        t(`columns.${column}`),
      )}
    >
      {entries.map((entry) => {
        const details = detailsOf(entry);
        const hasChange = details.from !== undefined || details.to !== undefined;
        return (
          <tr key={entry.id}>
            <Td className="whitespace-nowrap">
              <time dateTime={entry.createdAt.toISOString()}>
                {format.dateTime(entry.createdAt, {
                  dateStyle: "medium",
                  timeStyle: "short",
                  timeZone: "UTC",
                })}
              </time>
            </Td>
            <Td>
              {entry.actor ? (
                <>
                  <span className="block">{entry.actor.email}</span>
                  {entry.actor.name && <span className="block text-muted">{entry.actor.name}</span>}
                </>
              ) : (
                <span className="text-muted">{t("unknownActor")}</span>
              )}
            </Td>
            <Td>
              <span className="block">{actionLabel(entry.action)}</span>
              <code className="block text-xs text-muted">{entry.action}</code>
            </Td>
            <Td className="break-all">
              {details.email ?? details.shortName ?? `${entry.targetType} ${entry.targetId ?? ""}`.trim()}
            </Td>
            <Td>{entry.rcp?.shortName ?? details.rcp ?? ""}</Td>
            <Td className="whitespace-nowrap">
              {hasChange && `${valueLabel(details.from)} → ${valueLabel(details.to)}`}
            </Td>
          </tr>
        );
      })}
    </Table>
  );
}
