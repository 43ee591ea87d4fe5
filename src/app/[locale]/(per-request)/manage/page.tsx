import { MyWork } from "~/features/my-work/my-work";
import { MyRegistrations } from "~/features/registration/my-registrations";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";
import { requireUser } from "~/server/auth/require-user";
import { callerFor } from "~/trpc/server";

type TProps = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("MyWork", "title", { robots: { index: false, follow: false } });

export default async function MyWorkPage({ params }: TProps) {
  const locale = await pageLocale(params);
  const user = await requireUser(locale, `/${locale}/manage`);
  const me = await callerFor(user).user.me();
  return (
    <div className="space-y-8">
      <MyWork secretariats={me.rcpRoles} isAdmin={me.platformRole === "ADMIN"} />
      <MyRegistrations user={user} locale={locale} />
    </div>
  );
}
