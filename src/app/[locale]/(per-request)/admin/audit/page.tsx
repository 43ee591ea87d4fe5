import { getTranslations } from "next-intl/server";
import { AdminHeader } from "~/features/admin/admin-nav";
import { AuditFilters } from "~/features/admin/audit/audit-filters";
import { AuditTable } from "~/features/admin/audit/audit-table";
import { AUDIT_ENTRIES_PER_PAGE, ZListAuditLogInput } from "~/domain/admin/audit-schema";
import { rcpOptions } from "~/features/admin/rcp-options";
import { requireAdmin } from "~/features/admin/require-admin";
import { parseSearchParams, queryString, type TSearchParams } from "~/lib/search-params";
import { Link } from "~/i18n/navigation";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";

type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<TSearchParams> };

export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("AdminAudit", "title", { robots: { index: false } });

export default async function AdminAuditPage({ params, searchParams }: TProps) {
  const locale = await pageLocale(params);
  const { caller } = await requireAdmin(locale, "/admin/audit");
  const t = await getTranslations("AdminAudit");
  const tAdmin = await getTranslations("Admin");
  const input = parseSearchParams(ZListAuditLogInput, await searchParams, ["limit"]);
  const [log, actions, rcps] = await Promise.all([
    caller.admin.listAuditLog(input),
    caller.admin.listAuditActions(),
    caller.admin.listRcps(),
  ]);
  const { cursor, limit, ...filters } = input;
  // A page size given in the address is kept from page to page.
  const pageSize = limit === AUDIT_ENTRIES_PER_PAGE ? undefined : limit;
  // An action typed into the address that the log does not hold still shows as the chosen one.
  const knownActions =
    filters.action && !actions.includes(filters.action) ? [...actions, filters.action] : actions;
  const hasFilters = Object.values(filters).some((value) => value !== undefined);
  const actionKey = (action: string) => `actions.${action}` as "actions.user.disable";
  return (
    <div className="space-y-6">
      <AdminHeader title={t("title")} intro={t("intro")} current="audit" />
      <AuditFilters
        key={queryString(filters)}
        values={filters}
        actions={knownActions.map((action) => ({
          value: action,
          label: t.has(actionKey(action)) ? `${t(actionKey(action))} (${action})` : action,
        }))}
        rcps={rcpOptions(rcps, locale, (name) => tAdmin("archived", { name }))}
      />
      {log.entries.length === 0 ? (
        <p role="status">{hasFilters || cursor ? t("empty") : t("emptyLog")}</p>
      ) : (
        <AuditTable entries={log.entries} />
      )}
      {(cursor || log.nextCursor) && (
        <nav aria-label={t("pagination")} className="flex flex-wrap gap-6 text-sm font-medium">
          {cursor && (
            <Link href={`/admin/audit${queryString({ ...filters, limit: pageSize })}`}>← {t("newer")}</Link>
          )}
          {log.nextCursor && (
            <Link
              href={`/admin/audit${queryString({ ...filters, limit: pageSize, cursor: log.nextCursor })}`}
            >
              {t("older")} →
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
