"use client";

import { useEffect, useState } from "react";
import { onSessionChange } from "~/components/layout/session-events";
import { Link } from "~/i18n/link";
import { onNotificationsChanged } from "./notifications-changed";
import { fetchUnread, unreadLabel, type TBellLabels, type TUnread } from "./unread-count";

/**
 * The header's link to the notifications, with the unread count. The header is cached for everyone,
 * so the count is asked for after load, and only once the browser knows someone is signed in.
 */
export function NotificationBell({ labels, locale }: { labels: TBellLabels; locale: string }) {
  const [unread, setUnread] = useState<TUnread | null>(null);

  useEffect(() => {
    let controller = new AbortController();
    const load = () => {
      controller.abort();
      controller = new AbortController();
      fetchUnread(controller.signal).then(setUnread, (error: unknown) => {
        if (!(error instanceof DOMException && error.name === "AbortError")) setUnread(null);
      });
    };
    const onVisible = () => {
      if (document.visibilityState === "visible") load();
    };
    load();
    const stopSession = onSessionChange(load);
    const stopNotifications = onNotificationsChanged(load);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      controller.abort();
      stopSession();
      stopNotifications();
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, []);

  if (!unread) return null;
  const label = unreadLabel(unread, labels, locale);
  const shown = unread.isMore ? "99+" : String(unread.count);
  return (
    <Link
      href="/notifications"
      className="relative inline-flex items-center gap-1 rounded border border-line px-2 py-1.5 text-sm font-medium text-ink no-underline hover:bg-brand-soft"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="h-4 w-4"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      <span aria-hidden="true" className={unread.count > 0 ? "font-bold" : "text-muted"}>
        {shown}
      </span>
      <span className="sr-only">{label}</span>
    </Link>
  );
}
