import { fetchSessionSummary } from "~/components/layout/session-summary";

/**
 * Whether `user.me` (as the tRPC route answers it) lets its person edit the RCP `slug`:
 * administrators edit every profile, editors their own RCP's. Anything unexpected means no.
 */
export function canEditFromMe(body: unknown, slug: string): boolean {
  const me = jsonOf(body);
  if (!me) return false;
  if (me.platformRole === "ADMIN") return true;
  return (
    Array.isArray(me.rcpRoles) &&
    me.rcpRoles.some(
      (entry: unknown) =>
        isRecord(entry) && entry.role === "EDITOR" && isRecord(entry.rcp) && entry.rcp.slug === slug,
    )
  );
}

/**
 * Public profiles are served from a shared cache: the browser asks whether the visitor may edit
 * this one after load. Signed-out visitors (most of them) cost one session read and no more.
 */
export async function fetchCanEditProfile(slug: string, signal: AbortSignal): Promise<boolean> {
  if (!(await fetchSessionSummary(signal))) return false;
  const response = await fetch("/api/trpc/user.me", { signal, cache: "no-store" });
  return response.ok && canEditFromMe(await response.json(), slug);
}

function jsonOf(body: unknown): Record<string, unknown> | null {
  // { result: { data: { json: … } } }: the tRPC route's answer, written by superjson.
  if (!isRecord(body) || !isRecord(body.result) || !isRecord(body.result.data)) return null;
  const json = body.result.data.json;
  return isRecord(json) ? json : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
