// The signed one-click unsubscribe link of peer-update mail. It needs no sign-in, so the token is
// the credential: an HMAC (keyed by the sign-in secret) over its purpose, the person and an expiry.
// Nothing is stored; changing NEXTAUTH_SECRET voids every link already mailed.
import { createHmac, timingSafeEqual } from "node:crypto";

const PURPOSE = "peer-mail-unsubscribe";
export const UNSUBSCRIBE_VALID_DAYS = 90;
const DAY_SECONDS = 24 * 60 * 60;
// A cuid, an expiry in seconds, a SHA-256 in base64url: anything else is refused before any work.
// Joined by "_", which the first two parts never hold: an address segment may hold only letters,
// digits, "_" and "-" (path-shape.ts), and one with a dot would look like a file to the proxy.
const SEPARATOR = "_";
const SHAPE = /^([a-z0-9]{20,40})_(\d{9,11})_([A-Za-z0-9_-]{43})$/;

export type TUnsubscribeCheck =
  { isValid: true; userId: string } | { isValid: false; reason: "invalid" | "expired" };

function key(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (secret) return secret;
  if (process.env.NODE_ENV === "production")
    throw new Error("NEXTAUTH_SECRET is required for unsubscribe links");
  return "unsubscribe links of a development run";
}

const signature = (userId: string, expires: string) =>
  createHmac("sha256", key()).update(`${PURPOSE}:${userId}:${expires}`).digest();

export function unsubscribeToken(userId: string, now: Date = new Date()): string {
  const expires = String(Math.floor(now.getTime() / 1000) + UNSUBSCRIBE_VALID_DAYS * DAY_SECONDS);
  return [userId, expires, signature(userId, expires).toString("base64url")].join(SEPARATOR);
}

export function checkUnsubscribeToken(token: string, now: Date = new Date()): TUnsubscribeCheck {
  const match = SHAPE.exec(token);
  if (!match) return { isValid: false, reason: "invalid" };
  const [, userId = "", expires = "", given = ""] = match;
  const expected = signature(userId, expires);
  const actual = Buffer.from(given, "base64url");
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    return { isValid: false, reason: "invalid" };
  }
  // Checked after the signature, so an altered expiry reads as forged, not as expired.
  if (Number(expires) * 1000 <= now.getTime()) return { isValid: false, reason: "expired" };
  return { isValid: true, userId };
}
