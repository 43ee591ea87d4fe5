/**
 * The one key every client shares when no proxy is trusted. Next's server adds the socket's
 * address to X-Forwarded-For only when the client sent none, so without a proxy the header is
 * the client's own writing: a limit keyed on it could be dodged by changing it at each request.
 */
export const NO_PROXY_KEY = "no-trusted-proxy";

/**
 * The client's address for per-address limits, read from X-Forwarded-For, else "unknown".
 *
 * Each proxy appends the address it received the request from, so only the last `trustedHops`
 * entries were written by machines we run; anything left of them came from the client and can be
 * forged. The client's address is the entry the outermost trusted proxy appended: `trustedHops`
 * from the right. With no proxy (0 hops) nothing in the header can be believed. A header shorter
 * than the proxy chain (a request that bypassed a proxy) yields its leftmost entry.
 */
export function clientIp(forwardedFor: string | null | undefined, trustedHops: number): string {
  if (trustedHops === 0) return NO_PROXY_KEY;
  const hops = (forwardedFor ?? "").split(",").map((hop) => hop.trim());
  const address = hops[Math.max(0, hops.length - trustedHops)] ?? "";
  // Keys are stored in a varchar(255) with a prefix; no real address is longer than this.
  return address && address.length <= 64 ? address : "unknown";
}
