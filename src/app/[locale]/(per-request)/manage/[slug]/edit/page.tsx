import { getTranslations } from "next-intl/server";
import { EditProfileForm } from "~/features/manage/form/edit-profile-form";
import { loadManagedRcp } from "~/features/manage/load-managed-rcp";
import { ManageHeader } from "~/features/manage/manage-header";
import { rcpShortName, storedNameTranslations } from "~/domain/rcp/names";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";
import { CLIENT_MESSAGES } from "~/i18n/client-message-paths";
import { ClientMessages } from "~/i18n/client-messages";

type TProps = { params: Promise<{ locale: string; slug: string }> };

// Signed-in and per user: rendered for every request, never cached.
export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("EditProfile", "metaTitle", {
  robots: { index: false, follow: false },
});

export default async function EditProfilePage({ params }: TProps) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const { rcpId, editable, labels } = await loadManagedRcp(locale, slug, "edit");
  const t = await getTranslations("EditProfile");
  const tManage = await getTranslations("Manage");
  // The header names the process as the rest of the site does in this language.
  const displayedNames = {
    shortName: editable.shortName,
    localizedNames: storedNameTranslations(editable.data),
  };
  return (
    <div className="space-y-6">
      <ManageHeader
        slug={editable.slug}
        title={t("title", { name: rcpShortName(displayedNames, locale) })}
        current="edit"
      />
      <p className="text-muted">{t("intro")}</p>
      {!editable.canEdit && (
        <p className="rounded-card border border-brand bg-brand-soft px-4 py-3 font-medium">
          {tManage("readOnly")}
        </p>
      )}
      <ClientMessages paths={CLIENT_MESSAGES.editProfile}>
        <EditProfileForm
          rcpId={rcpId}
          initial={{ version: editable.version, data: editable.data }}
          canEdit={editable.canEdit}
          labels={labels}
        />
      </ClientMessages>
    </div>
  );
}
