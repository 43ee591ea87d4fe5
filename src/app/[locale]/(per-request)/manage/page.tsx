import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MyWork } from "~/features/my-work/my-work";
import { pageLocale } from "~/i18n/page-locale";
import { requireUser } from "~/server/auth/require-user";
import { callerFor } from "~/trpc/server";

type TProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "MyWork" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function MyWorkPage({ params }: TProps) {
  const locale = await pageLocale(params);
  const user = await requireUser(locale, `/${locale}/manage`);
  const me = await callerFor(user).user.me();
  return <MyWork secretariats={me.rcpRoles} isAdmin={me.platformRole === "ADMIN"} />;
}
