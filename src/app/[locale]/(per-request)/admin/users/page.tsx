import { getTranslations } from "next-intl/server";
import { Disclosure } from "~/components/ui/disclosure";
import { AdminHeader } from "~/features/admin/admin-nav";
import { Pagination } from "~/components/ui/pagination";
import { rcpOptions } from "~/features/admin/rcp-options";
import { requireAdmin } from "~/features/admin/require-admin";
import { parseSearchParams, queryString, type TSearchParams } from "~/lib/search-params";
import { ZInvitationsPageParams, ZListUsersInput } from "~/domain/admin/user-schema";
import { UserFilters } from "~/features/admin/users/user-filters";
import { UserTable } from "~/features/admin/users/user-table";
import { InviteForm } from "~/features/invitation/invite-form";
import { PendingInvitations } from "~/features/invitation/pending-invitations";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";

type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<TSearchParams> };

export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("AdminUsers", "title", { robots: { index: false } });

export default async function AdminUsersPage({ params, searchParams }: TProps) {
  const locale = await pageLocale(params);
  const { user, caller } = await requireAdmin(locale, "/admin/users");
  const t = await getTranslations("AdminUsers");
  const tAdmin = await getTranslations("Admin");
  const address = await searchParams;
  const input = parseSearchParams(ZListUsersInput, address, ["page"]);
  const { invitationsPage } = parseSearchParams(ZInvitationsPageParams, address, ["invitationsPage"]);
  const [result, rcps, invitations] = await Promise.all([
    caller.admin.listUsers(input),
    caller.admin.listRcps(),
    caller.admin.listInvitations({ page: invitationsPage }),
  ]);
  const options = rcpOptions(rcps, locale, (name) => tAdmin("archived", { name }));
  // Nobody is invited to an archived RCP: it is off the public pages and waits to be brought back.
  const inviteOptions = rcpOptions(
    rcps.filter((rcp) => !rcp.archivedAt),
    locale,
    (name) => name,
  );
  const { page, pageSize, ...filters } = input;
  const filterQuery = queryString(filters);
  // Each list's pages keep the other's place in the address.
  const otherInvitationsPage = invitationsPage > 1 ? invitationsPage : undefined;
  return (
    <div className="space-y-6">
      <AdminHeader title={t("title")} intro={t("intro")} current="users" />
      <Disclosure id="invite" title={t("inviteHeading")} className="max-w-3xl space-y-3 pt-4">
        <p className="text-sm text-muted">{t("inviteIntro")}</p>
        <InviteForm rcp={{ choices: inviteOptions }} canGrantAdmin labelledBy="invite-heading" />
      </Disclosure>
      <section aria-labelledby="pending-heading" className="max-w-3xl space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="pending-heading" className="text-xl font-semibold">
            {t("pendingHeading")}
          </h2>
          {invitations.total > 0 && (
            <p className="text-sm text-muted">{t("pendingCount", { total: invitations.total })}</p>
          )}
        </div>
        <p className="text-sm text-muted">{t("pendingIntro")}</p>
        <PendingInvitations invitations={invitations.items} isRcpShown />
        <Pagination
          label={t("pendingPagination")}
          page={invitations.page}
          pageCount={Math.ceil(invitations.total / invitations.pageSize)}
          hrefFor={(target) =>
            `/admin/users${queryString({ ...filters, page: page > 1 ? page : undefined, invitationsPage: target })}`
          }
        />
      </section>
      <section aria-labelledby="accounts-heading" className="space-y-3">
        <h2 id="accounts-heading" className="text-xl font-semibold">
          {t("accountsHeading")}
        </h2>
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
          hrefFor={(target) =>
            `/admin/users${queryString({ ...filters, page: target, invitationsPage: otherInvitationsPage })}`
          }
        />
      </section>
    </div>
  );
}
