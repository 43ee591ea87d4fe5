import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";

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

/** 32 bytes in base64url are 43 characters; anything else cannot be one of ours. */
export const ZToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
