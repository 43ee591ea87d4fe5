/** What the header shows of the signed-in person; null when nobody is signed in. */
export type TSessionSummary = { name: string } | null;

/**
 * Reads next-auth's session endpoint (`{}` when signed out). Anything unexpected counts as signed
 * out: the header then offers to sign in, which is always safe.
 */
export function sessionSummary(body: unknown): TSessionSummary {
  if (typeof body !== "object" || body === null || !("user" in body)) return null;
  const { user } = body;
  if (typeof user !== "object" || user === null) return null;
  const name = "name" in user && typeof user.name === "string" && user.name ? user.name : null;
  const email = "email" in user && typeof user.email === "string" ? user.email : "";
  return { name: name ?? email };
}

export async function fetchSessionSummary(signal?: AbortSignal): Promise<TSessionSummary> {
  const response = await fetch("/api/auth/session", { signal, cache: "no-store" });
  if (!response.ok) return null;
  return sessionSummary(await response.json());
}
