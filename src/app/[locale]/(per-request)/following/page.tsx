import { FollowingPage } from "~/features/follow/following-page";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";
import { requireUser } from "~/server/auth/require-user";
import { callerFor } from "~/trpc/server";

type TProps = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("FollowingPage", "title", {
  robots: { index: false, follow: false },
});

export default async function FollowingRoute({ params }: TProps) {
  const locale = await pageLocale(params);
  const user = await requireUser(locale, `/${locale}/following`);
  const caller = callerFor(user);
  const [follows, choices] = await Promise.all([
    caller.follow.list({ locale }),
    caller.follow.listChoices({ locale }),
  ]);
  return <FollowingPage follows={follows} choices={choices} />;
}
