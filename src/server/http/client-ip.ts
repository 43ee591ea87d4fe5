/**
 * The client's address for per-address limits, read from X-Forwarded-For, else "unknown".
 *
 * Each proxy appends the address it received the request from, so only the last `trustedHops`
 * entries were written by machines we run; anything left of them came from the client and can be
 * forged. The client's address is the entry the outermost trusted proxy appended: `trustedHops`
 * from the right. With no proxy, Next's server fills in the socket's address when the header is
 * missing, and one hop (the default) reads it. A header shorter than the proxy chain (a request
 * that bypassed a proxy) yields its leftmost entry.
 */
export function clientIp(forwardedFor: string | null | undefined, trustedHops: number): string {
  const hops = (forwardedFor ?? "").split(",").map((hop) => hop.trim());
  const address = hops[Math.max(0, hops.length - trustedHops)] ?? "";
  // Keys are stored in a varchar(255) with a prefix; no real address is longer than this.
  return address && address.length <= 64 ? address : "unknown";
}
