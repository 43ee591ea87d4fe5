// Brute-force brakes for sign-in and password-reset requests, per account and per client address,
// counted in PostgreSQL (table rate_limits, created by a migration) so every app instance shares them.
// A caller that is over a limit gets the same answer as a wrong password: never a hint about
// whether the account exists.
import { createHash } from "node:crypto";
import type { Pool } from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";

export type TWindow = { points: number; seconds: number };

export type TAuthWindows = {
  signIn: { perAccount: TWindow; perIp: TWindow };
  passwordReset: { perAccount: TWindow; perIp: TWindow };
};

export const AUTH_WINDOWS: TAuthWindows = {
  signIn: {
    /** Failed sign-ins for one email address before it is refused until the window ends. */
    perAccount: { points: 5, seconds: 15 * 60 },
    /** Failed sign-ins from one address, whatever the account (offices share an address). */
    perIp: { points: 50, seconds: 60 * 60 },
  },
  passwordReset: {
    perAccount: { points: 3, seconds: 60 * 60 },
    perIp: { points: 20, seconds: 60 * 60 },
  },
};

export type TAttempt = { email: string; ip: string };

export type TAuthLimits = {
  /** True while the account or the address has used up its failed sign-ins. */
  isSignInBlocked: (attempt: TAttempt) => Promise<boolean>;
  recordSignInFailure: (attempt: TAttempt) => Promise<void>;
  /** A successful sign-in clears the account's count (not the address's). */
  recordSignInSuccess: (attempt: TAttempt) => Promise<void>;
  /** Counts a reset request; false when the account or the address has asked too often. */
  allowPasswordResetRequest: (attempt: TAttempt) => Promise<boolean>;
};

export function createAuthLimits(pool: Pool, windows: TAuthWindows = AUTH_WINDOWS): TAuthLimits {
  const limiter = (keyPrefix: string, window: TWindow) =>
    new RateLimiterPostgres({
      storeClient: pool,
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
      keyPrefix,
      points: window.points,
      duration: window.seconds,
    });
  const signInAccount = limiter("signin-account", windows.signIn.perAccount);
  const signInIp = limiter("signin-ip", windows.signIn.perIp);
  const resetAccount = limiter("reset-account", windows.passwordReset.perAccount);
  const resetIp = limiter("reset-ip", windows.passwordReset.perIp);

  const isUsedUp = (result: RateLimiterRes | null, window: TWindow) =>
    result !== null && result.consumedPoints >= window.points;

  return {
    isSignInBlocked: async ({ email, ip }) => {
      const [account, address] = await Promise.all([signInAccount.get(accountKey(email)), signInIp.get(ip)]);
      return isUsedUp(account, windows.signIn.perAccount) || isUsedUp(address, windows.signIn.perIp);
    },
    recordSignInFailure: async ({ email, ip }) => {
      await Promise.all([signInAccount.penalty(accountKey(email)), signInIp.penalty(ip)]);
    },
    recordSignInSuccess: async ({ email }) => {
      await signInAccount.delete(accountKey(email));
    },
    allowPasswordResetRequest: async ({ email, ip }) => {
      const results = await Promise.allSettled([
        resetAccount.consume(accountKey(email)),
        resetIp.consume(ip),
      ]);
      for (const result of results) {
        if (result.status === "fulfilled") continue;
        // The library rejects with a RateLimiterRes when over the limit, with an Error when the store fails.
        if (result.reason instanceof RateLimiterRes) return false;
        throw result.reason;
      }
      return true;
    },
  };
}

/** Email addresses are keyed by hash: the counters table holds no personal data, and fits 255 chars. */
function accountKey(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
}
