// The private link of a registration. Its token is derived from the registration and the link's
// generation with a server key, so every mail about the registration can carry the link while the
// database keeps only the token's hash; a new generation revokes the previous link.
import { createHash, createHmac } from "node:crypto";

/**
 * The key: the sign-in secret, which production must set. Changing it voids every private link
 * (hosts then send new ones). Read here rather than from the validated environment so that code
 * without a request (scheduled work, tests) can compose mails.
 */
function linkKey(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (secret) return secret;
  if (process.env.NODE_ENV === "production")
    throw new Error("NEXTAUTH_SECRET is required for registration links");
  return "registration links of a development run";
}

export function registrationToken(registrationId: string, generation: number): string {
  return createHmac("sha256", linkKey())
    .update(`registration:${registrationId}:${generation}`)
    .digest("base64url");
}

export const hashRegistrationToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const registrationTokenHash = (registrationId: string, generation: number) =>
  hashRegistrationToken(registrationToken(registrationId, generation));

/** Links in queued mail point here; the same fallback as the app's mailer. */
export const registrationAppUrl = () => process.env.NEXTAUTH_URL ?? "http://localhost:3000";
