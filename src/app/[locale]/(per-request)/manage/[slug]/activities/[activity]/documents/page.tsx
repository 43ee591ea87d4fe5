import { ManageDocumentsPage } from "~/features/activity-documents/manage-documents-page";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";

type TProps = { params: Promise<{ locale: string; slug: string; activity: string }> };

// Signed-in and per user: rendered for every request, never cached.
export const dynamic = "force-dynamic";

// The title names no activity: a page refused to its reader must not tell what it is about.
export const generateMetadata = titleMetadata("DocumentsManage", "documents", {
  robots: { index: false, follow: false },
});

export default async function DocumentsPage({ params }: TProps) {
  const locale = await pageLocale(params);
  const { slug, activity } = await params;
  return <ManageDocumentsPage locale={locale} rcpSlug={slug} activitySlug={activity} />;
}
