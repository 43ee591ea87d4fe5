/** What a session token carries that the server checks on every request. */
export type TTokenClaims = { sessionVersion?: number; authTime?: number };
export type TUserSessionState = { sessionVersion: number; disabledAt: Date | null };

/**
 * A token is honoured only while its user is active, it carries the user's current session
 * version (sign-out, password, role or status changes bump it) and it is younger than the
 * absolute session lifetime. Idle expiry is the token's own `exp`, checked when it is decoded.
 */
export function isSessionCurrent(
  token: TTokenClaims,
  user: TUserSessionState,
  now: number,
  maxHours: number,
): boolean {
  if (user.disabledAt) return false;
  if (token.sessionVersion !== user.sessionVersion) return false;
  if (typeof token.authTime !== "number") return false;
  return now - token.authTime <= maxHours * 3600 * 1000;
}
