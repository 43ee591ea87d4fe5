import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "~/components/ui/page-header";
import { Link } from "~/i18n/navigation";
import { toLocale } from "~/i18n/routing";
import { DAY_UTC } from "~/lib/date-formats";
import { MarkAllReadButton, MarkReadButton } from "./mark-read-buttons";
import { EventSentence, type TSentenceSegment } from "~/features/feed/event-sentence";

export type TNotificationItem = {
  id: string;
  createdAt: Date;
  isRead: boolean;
  sentence: TSentenceSegment[];
};

type TProps = {
  items: readonly TNotificationItem[];
  /** The id to continue from for older ones; null on the last page. */
  nextCursor: string | null;
  hasUnread: boolean;
};

/** The signed-in person's notifications: newest first, each read or unread, older ones a page away. */
export async function NotificationsPage({ items, nextCursor, hasUnread }: TProps) {
  const locale = toLocale(await getLocale());
  const t = await getTranslations("NotificationsPage");
  const day = new Intl.DateTimeFormat(locale, DAY_UTC);
  const failed = t("failed");
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} intro={t("lead")}>
        <p>
          <Link href="/following">{t("followingLink")}</Link>
        </p>
      </PageHeader>
      {hasUnread && <MarkAllReadButton labels={{ label: t("markAll"), failed }} />}
      {items.length === 0 ? (
        <section aria-labelledby="notifications-empty" className="max-w-3xl space-y-2">
          <h2 id="notifications-empty" className="text-xl font-semibold">
            {t("emptyTitle")}
          </h2>
          <p>{t("emptyBody")}</p>
        </section>
      ) : (
        <ol className="max-w-3xl space-y-3">
          {items.map((item) => (
            <li
              key={item.id}
              className={`space-y-1 rounded-card border p-3 ${item.isRead ? "border-line" : "border-brand bg-brand-soft"}`}
            >
              <p id={`notification-${item.id}`} className={item.isRead ? "" : "font-semibold"}>
                <EventSentence segments={item.sentence} />
              </p>
              <p className="flex flex-wrap items-center gap-3 text-sm text-muted">
                <time dateTime={item.createdAt.toISOString()}>{day.format(item.createdAt)}</time>
                <span>{item.isRead ? t("read") : t("unread")}</span>
                {!item.isRead && (
                  <MarkReadButton
                    eventId={item.id}
                    describedBy={`notification-${item.id}`}
                    labels={{ label: t("markRead"), failed }}
                  />
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
      {nextCursor && (
        <p>
          <Link href={`/notifications?before=${nextCursor}`}>{t("more")}</Link>
        </p>
      )}
    </div>
  );
}
