import { notFound } from "next/navigation";
import { NotificationsPage } from "~/features/notification/notifications-page";
import { pageLocale } from "~/i18n/page-locale";
import { titleMetadata } from "~/i18n/page-metadata";
import { requireUser } from "~/server/auth/require-user";
import { callerFor } from "~/trpc/server";

type TProps = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const EVENT_ID = /^[1-9][0-9]{0,17}$/;

export const generateMetadata = titleMetadata("NotificationsPage", "title", {
  robots: { index: false, follow: false },
});

export default async function NotificationsRoute({ params, searchParams }: TProps) {
  const locale = await pageLocale(params);
  const { before } = await searchParams;
  if (before !== undefined && (typeof before !== "string" || !EVENT_ID.test(before))) notFound();
  const user = await requireUser(locale, `/${locale}/notifications`);
  const caller = callerFor(user);
  const [page, unread] = await Promise.all([
    caller.notification.list({ limit: 20, locale, ...(before ? { cursor: before } : {}) }),
    caller.notification.unreadCount(),
  ]);
  return <NotificationsPage items={page.items} nextCursor={page.nextCursor} hasUnread={unread.count > 0} />;
}
