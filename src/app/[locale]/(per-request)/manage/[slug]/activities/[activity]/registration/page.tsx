import { RegistrationSettingsPage } from "~/features/registration-manage/settings-page";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";

type TProps = { params: Promise<{ locale: string; slug: string; activity: string }> };

// Signed-in and per user: rendered for every request, never cached.
export const dynamic = "force-dynamic";

// Names no activity: a page refused to its reader must not tell what it is about.
export const generateMetadata = titleMetadata("RegistrationSettings", "metaTitle", {
  robots: { index: false, follow: false },
});

export default async function RegistrationSettingsRoute({ params }: TProps) {
  const locale = await pageLocale(params);
  const { slug, activity } = await params;
  return <RegistrationSettingsPage locale={locale} rcpSlug={slug} activitySlug={activity} />;
}
