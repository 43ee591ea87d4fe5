import { getTranslations } from "next-intl/server";
import { RestoreOutcome } from "~/features/manage/history/restore-outcome";
import { RevisionList } from "~/features/manage/history/revision-list";
import { loadRevisionsRcp, orNotFound } from "~/features/manage/load-managed-rcp";
import { ManageHeader } from "~/features/manage/manage-header";
import { nameLookup } from "~/features/manage/profile-labels";
import { Link } from "~/i18n/navigation";
import { rcpShortName } from "~/domain/rcp/names";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";
import { CLIENT_MESSAGES } from "~/i18n/client-message-paths";
import { ClientMessages } from "~/i18n/client-messages";

type TProps = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<{ before?: string | string[] }>;
};

// Signed-in and per user: rendered for every request, never cached.
export const dynamic = "force-dynamic";

const PAGE_SIZE = 20;

export const generateMetadata = titleMetadata("History", "metaTitle", {
  robots: { index: false, follow: false },
});

export default async function HistoryPage({ params, searchParams }: TProps) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const { before } = await searchParams;
  const { caller, rcp, labels } = await loadRevisionsRcp(locale, slug);
  const beforeVersion = typeof before === "string" && /^\d{1,9}$/.test(before) ? Number(before) : undefined;
  const page = await orNotFound(
    caller.rcp.listRevisions({ rcpId: rcp.id, before: beforeVersion || undefined, limit: PAGE_SIZE }),
  );
  const t = await getTranslations("History");
  const tManage = await getTranslations("Manage");
  return (
    <div className="space-y-6">
      <ManageHeader
        slug={rcp.slug}
        title={t("title", { name: rcpShortName(rcp, locale) })}
        current="history"
        canEdit={rcp.canEdit}
      />
      <p className="text-muted">{t("intro")}</p>
      {!rcp.canEdit && (
        <p className="rounded-card border border-brand bg-brand-soft px-4 py-3 font-medium">
          {tManage("readOnly")}
        </p>
      )}
      {page.items.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ClientMessages paths={CLIENT_MESSAGES.history}>
          <RestoreOutcome>
            <RevisionList rcpId={rcp.id} page={page} canRestore={rcp.canEdit} lookup={nameLookup(labels)} />
          </RestoreOutcome>
        </ClientMessages>
      )}
      {(beforeVersion || page.nextBefore) && (
        <nav aria-label={t("pagination")}>
          <ul className="flex gap-6 text-sm font-medium">
            {beforeVersion && (
              <li>
                <Link href={`/manage/${rcp.slug}/history`}>{t("newer")}</Link>
              </li>
            )}
            {page.nextBefore && (
              <li>
                <Link href={`/manage/${rcp.slug}/history?before=${page.nextBefore}`}>{t("older")}</Link>
              </li>
            )}
          </ul>
        </nav>
      )}
    </div>
  );
}
