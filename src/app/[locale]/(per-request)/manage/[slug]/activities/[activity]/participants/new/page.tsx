import { OnBehalfPage } from "~/features/registration-manage/on-behalf-page";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";

type TProps = { params: Promise<{ locale: string; slug: string; activity: string }> };

// Signed-in and per user: rendered for every request, never cached.
export const dynamic = "force-dynamic";

export const generateMetadata = titleMetadata("RegistrationOnBehalf", "metaTitle", {
  robots: { index: false, follow: false },
});

export default async function OnBehalfRoute({ params }: TProps) {
  const locale = await pageLocale(params);
  const { slug, activity } = await params;
  return <OnBehalfPage locale={locale} rcpSlug={slug} activitySlug={activity} />;
}
