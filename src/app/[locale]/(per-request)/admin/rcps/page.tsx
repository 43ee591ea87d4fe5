import { getTranslations } from "next-intl/server";
import { Disclosure } from "~/components/ui/disclosure";
import { AdminHeader } from "~/features/admin/admin-nav";
import { CreateRcpForm } from "~/features/admin/rcps/create-rcp-form";
import { RcpTable } from "~/features/admin/rcps/rcp-table";
import { requireAdmin } from "~/features/admin/require-admin";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";

type TProps = { params: Promise<{ locale: string }> };

export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("AdminRcps", "title", { robots: { index: false } });

export default async function AdminRcpsPage({ params }: TProps) {
  const locale = await pageLocale(params);
  const { caller } = await requireAdmin(locale, "/admin/rcps");
  const t = await getTranslations("AdminRcps");
  const collator = new Intl.Collator(locale);
  const rcps = (await caller.admin.listRcps()).sort((a, b) => collator.compare(a.shortName, b.shortName));
  return (
    <div className="space-y-6">
      <AdminHeader title={t("title")} intro={t("intro")} current="rcps" />
      <Disclosure id="create-rcp" title={t("createHeading")}>
        <CreateRcpForm />
      </Disclosure>
      <section aria-labelledby="rcp-list-heading" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="rcp-list-heading" className="text-xl font-semibold">
            {t("listHeading")}
          </h2>
          <p className="text-sm text-muted">{t("count", { total: rcps.length })}</p>
        </div>
        {rcps.length === 0 ? <p>{t("empty")}</p> : <RcpTable rcps={rcps} />}
      </section>
    </div>
  );
}
