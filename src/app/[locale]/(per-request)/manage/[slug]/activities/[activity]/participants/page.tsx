import { ParticipantsPage } from "~/features/registration-manage/participants-page";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";

type TProps = {
  params: Promise<{ locale: string; slug: string; activity: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Personal data, per user: rendered for every request, never cached.
export const dynamic = "force-dynamic";

// Names no activity: a page refused to its reader must not tell what it is about.
export const generateMetadata = titleMetadata("RegistrationParticipants", "metaTitle", {
  robots: { index: false, follow: false },
});

export default async function ParticipantsRoute({ params, searchParams }: TProps) {
  const locale = await pageLocale(params);
  const { slug, activity } = await params;
  return (
    <ParticipantsPage locale={locale} rcpSlug={slug} activitySlug={activity} search={await searchParams} />
  );
}
