import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminHeader } from "~/features/admin/admin-nav";
import { Pagination } from "~/features/admin/pagination";
import { rcpOptions } from "~/features/admin/rcp-options";
import { requireAdmin } from "~/features/admin/require-admin";
import { parseSearchParams, queryString, type TSearchParams } from "~/features/admin/search-params";
import { ZListUsersInput } from "~/features/admin/user-schema";
import { UserFilters } from "~/features/admin/users/user-filters";
import { UserTable } from "~/features/admin/users/user-table";
import { pageLocale } from "~/i18n/page-locale";

type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<TSearchParams> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "AdminUsers" });
  return { title: t("title"), robots: { index: false } };
}

export default async function AdminUsersPage({ params, searchParams }: TProps) {
  const locale = await pageLocale(params);
  const { user, caller } = await requireAdmin(locale, "/admin/users");
  const t = await getTranslations("AdminUsers");
  const tAdmin = await getTranslations("Admin");
  const input = parseSearchParams(ZListUsersInput, await searchParams, ["page"]);
  const [result, rcps] = await Promise.all([caller.admin.listUsers(input), caller.admin.listRcps()]);
  const options = rcpOptions(rcps, locale, (name) => tAdmin("archived", { name }));
  const { page, pageSize, ...filters } = input;
  const filterQuery = queryString(filters);
  return (
    <div className="space-y-6">
      <AdminHeader title={t("title")} intro={t("intro")} current="users" />
      {/* Remounted per address, so its fields show the filters the table shows. */}
      <UserFilters key={filterQuery} values={filters} rcps={options} />
      <p role="status" className="text-sm text-muted">
        {t("count", { total: result.total })}
      </p>
      {result.items.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <UserTable users={result.items} rcps={options} currentUserId={user.id} />
      )}
      <Pagination
        page={page}
        pageCount={Math.ceil(result.total / pageSize)}
        hrefFor={(target) => `/admin/users${queryString({ ...filters, page: target })}`}
      />
    </div>
  );
}
