import { getTranslations } from "next-intl/server";
import { NavTabs } from "~/components/ui/nav-tabs";
import { Pagination } from "~/components/ui/pagination";
import { ZListMailInput } from "~/domain/admin/mail-schema";
import { AdminHeader } from "~/features/admin/admin-nav";
import { MailTable } from "~/features/admin/mail/mail-table";
import { requireAdmin } from "~/features/admin/require-admin";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";
import { parseSearchParams, queryString, type TSearchParams } from "~/lib/search-params";

type TProps = { params: Promise<{ locale: string }>; searchParams: Promise<TSearchParams> };

export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("AdminMail", "title", { robots: { index: false } });

export default async function AdminMailPage({ params, searchParams }: TProps) {
  const locale = await pageLocale(params);
  const { caller } = await requireAdmin(locale, "/admin/mail");
  const t = await getTranslations("AdminMail");
  const input = parseSearchParams(ZListMailInput, await searchParams, ["page"]);
  const mail = await caller.admin.listMail(input);
  const viewQuery = (view: string, page?: number) =>
    `/admin/mail${queryString({ view: view === "failed" ? undefined : view, page: page && page > 1 ? page : undefined })}`;
  return (
    <div className="space-y-6">
      <AdminHeader title={t("title")} intro={t("intro", { attempts: mail.maxAttempts })} current="mail" />
      <NavTabs
        label={t("views")}
        current={mail.view}
        tabs={[
          { key: "failed", href: viewQuery("failed"), label: t("failed", { count: mail.counts.failed }) },
          { key: "waiting", href: viewQuery("waiting"), label: t("waiting", { count: mail.counts.waiting }) },
        ]}
      />
      {mail.messages.length === 0 ? (
        <p role="status" className="rounded-card border border-line bg-surface p-6">
          {mail.view === "failed" ? t("emptyFailed") : t("emptyWaiting")}
        </p>
      ) : (
        <MailTable mail={mail} />
      )}
      <Pagination
        label={t("pagination")}
        page={mail.page}
        pageCount={mail.pages}
        hrefFor={(page) => viewQuery(mail.view, page)}
      />
    </div>
  );
}
