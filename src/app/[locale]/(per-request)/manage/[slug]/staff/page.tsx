import { getTranslations } from "next-intl/server";
import { InviteForm } from "~/features/invitation/invite-form";
import { PendingInvitations } from "~/features/invitation/pending-invitations";
import { ManageHeader } from "~/features/manage/manage-header";
import { loadStaffPage } from "~/features/staff/load-staff-page";
import { MemberTable } from "~/features/staff/member-table";
import { rcpNames } from "~/domain/rcp/names";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";
import { NextIntlClientProvider } from "next-intl";

type TProps = { params: Promise<{ locale: string; slug: string }> };

// The title names no RCP: metadata streams after the response has started, too late for the
// redirect to sign-in or the 404 that the page itself decides.
export const generateMetadata = titleMetadata("Staff", "title", { robots: { index: false, follow: false } });

export default async function StaffPage({ params }: TProps) {
  const locale = await pageLocale(params);
  const page = await loadStaffPage(locale, (await params).slug);
  const t = await getTranslations("Staff");
  const canManage = page.callerRole === "EDITOR";
  const names = rcpNames(page.rcp, locale);
  return (
    // Its forms share many namespaces with the administration's: it gets every message.
    <NextIntlClientProvider>
      <div className="space-y-10">
        <div className="space-y-4">
          <ManageHeader slug={page.rcp.slug} title={t("title")} current="staff" canEdit={canManage} />
          <p className="max-w-3xl text-muted">{t("intro", { rcp: names.name.text })}</p>
        </div>
        <MemberTable
          rcpId={page.rcp.id}
          members={page.members}
          canManage={canManage}
          callerId={page.callerId}
        />
        {page.pending ? (
          <>
            <section aria-labelledby="invite-heading" className="max-w-3xl space-y-3">
              <h2 id="invite-heading" className="text-xl font-semibold">
                {t("inviteHeading")}
              </h2>
              <p className="text-muted">{t("inviteIntro")}</p>
              <InviteForm
                rcp={{ id: page.rcp.id }}
                canGrantAdmin={page.canGrantAdmin}
                labelledBy="invite-heading"
              />
            </section>
            <section aria-labelledby="pending-heading" className="max-w-3xl space-y-3">
              <h2 id="pending-heading" className="text-xl font-semibold">
                {t("pendingHeading")}
              </h2>
              <PendingInvitations invitations={page.pending} />
            </section>
          </>
        ) : (
          <p className="text-muted">{t("viewerNote")}</p>
        )}
      </div>
    </NextIntlClientProvider>
  );
}
