import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EditProfileForm } from "~/features/manage/form/edit-profile-form";
import { loadManagedRcp, mayEditRcp, orNotFound } from "~/features/manage/load-managed-rcp";
import { ManageHeader } from "~/features/manage/manage-header";
import { ReadOnlyProfile } from "~/features/manage/read-only-profile";
import { loadProfile } from "~/features/rcp/load-profile";
import { rcpShortName, storedNameTranslations } from "~/domain/rcp/names";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";
import { CLIENT_MESSAGES } from "~/i18n/client-message-paths";
import { ClientMessages } from "~/i18n/client-messages";

type TProps = { params: Promise<{ locale: string; slug: string }> };

// Signed-in and per user: rendered for every request, never cached.
export const dynamic = "force-dynamic";

const editorMetadata = titleMetadata("EditProfile", "metaTitle", { robots: { index: false, follow: false } });
const viewerMetadata = titleMetadata("Manage", "viewMetaTitle", { robots: { index: false, follow: false } });

// Viewers read the profile here: their browser tab does not promise an edit page.
export async function generateMetadata(props: TProps): Promise<Metadata> {
  return (await mayEditRcp((await props.params).slug)) ? editorMetadata(props) : viewerMetadata(props);
}

export default async function EditProfilePage({ params }: TProps) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const { caller, rcpId, editable, labels } = await loadManagedRcp(locale, slug, "edit");
  const t = await getTranslations("EditProfile");
  const tManage = await getTranslations("Manage");
  // The header names the process as the rest of the site does in this language.
  const displayedNames = {
    shortName: editable.shortName,
    localizedNames: storedNameTranslations(editable.data),
  };
  if (!editable.canEdit) {
    // A viewer reads the profile and learns whom to ask for edit rights; no form to mistake for theirs.
    const [profile, staff] = await Promise.all([
      loadProfile(editable.slug),
      orNotFound(caller.rcp.listStaff({ slug: editable.slug })),
    ]);
    const editors = staff.members.filter((member) => member.role === "EDITOR" && !member.isDisabled);
    return (
      <div className="space-y-6">
        <ManageHeader
          slug={editable.slug}
          title={tManage("viewTitle", { name: rcpShortName(displayedNames, locale) })}
          current="edit"
          canEdit={false}
        />
        <ReadOnlyProfile profile={profile} editors={editors} />
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <ManageHeader
        slug={editable.slug}
        title={t("title", { name: rcpShortName(displayedNames, locale) })}
        current="edit"
        canEdit
      />
      <p className="text-muted">{t("intro")}</p>
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
