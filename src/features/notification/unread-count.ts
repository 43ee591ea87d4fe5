// The bell's two reads, without tRPC's client (public pages do not carry it): who is signed in,
// then, only for someone who is, how many notifications they have not read.
import { fetchSessionSummary } from "~/components/layout/session-summary";

export type TUnread = { count: number; isMore: boolean };

/** The procedure's answer as the route sends it (superjson: `{ result: { data: { json } } }`). */
export function readUnread(body: unknown): TUnread | null {
  const json: unknown = (body as { result?: { data?: { json?: unknown } } } | null)?.result?.data?.json;
  if (typeof json !== "object" || json === null) return null;
  const { count, isMore } = json as { count?: unknown; isMore?: unknown };
  if (typeof count !== "number" || !Number.isInteger(count) || count < 0 || typeof isMore !== "boolean")
    return null;
  return { count, isMore };
}

/** null for visitors and whenever the count cannot be read: the bell then shows nothing. */
export async function fetchUnread(signal: AbortSignal): Promise<TUnread | null> {
  const session = await fetchSessionSummary(signal);
  if (!session) return null;
  const response = await fetch("/api/trpc/notification.unreadCount", { signal, cache: "no-store" });
  if (!response.ok) return null;
  return readUnread(await response.json());
}

export type TBellLabels = { none: string; one: string; other: string; more: string };

/** "3 unread notifications" in the page's language; {count} stands in the labels for the number. */
export function unreadLabel(unread: TUnread, labels: TBellLabels, locale: string): string {
  if (unread.isMore) return labels.more;
  if (unread.count === 0) return labels.none;
  const form = new Intl.PluralRules(locale).select(unread.count) === "one" ? labels.one : labels.other;
  return form.replace("{count}", new Intl.NumberFormat(locale).format(unread.count));
}
