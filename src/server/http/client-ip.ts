/**
 * The client's address for per-address limits: the first hop of X-Forwarded-For (Next's server sets
 * it to the socket's address when no proxy did), else "unknown". Behind a proxy that appends to the
 * header, the first hop is whatever the client sent: the per-account limit still holds then.
 */
export function clientIp(forwardedFor: string | null | undefined): string {
  const first = forwardedFor?.split(",")[0]?.trim() ?? "";
  // Keys are stored in a varchar(255) with a prefix; no real address is longer than this.
  return first && first.length <= 64 ? first : "unknown";
}
