import { createHash, randomBytes } from "node:crypto";

/**
 * Single-use links (invitations, password resets) carry 32 random bytes; the database keeps only
 * their SHA-256, so a leaked database or backup holds no usable link.
 */
export function createToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
