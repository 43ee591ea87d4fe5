// Failed sign-ins are limited per account and per client address, in PostgreSQL, through the same
// function next-auth's credentials provider calls. A test ends a window by moving its counter's expiry
// into the past, as the passing of time would: waiting for a real window races a busy machine.
import { createHash, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { authorizeCredentials } from "~/server/auth/credentials";
import { hashPassword } from "~/server/auth/password";
import { createAuthLimits, type TAuthWindows } from "~/server/auth/rate-limit";
import { testDb, testPool } from "../support/db";
import { createUser } from "../support/factories";

const PASSWORD = "the correct long password";
const WINDOW_SECONDS = 60;
const windows: TAuthWindows = {
  signIn: {
    perAccount: { points: 3, seconds: WINDOW_SECONDS },
    perIp: { points: 5, seconds: WINDOW_SECONDS },
  },
  passwordReset: { perAccount: { points: 3, seconds: 60 }, perIp: { points: 5, seconds: 60 } },
};
const limits = createAuthLimits(testPool(), windows);

const newIp = () => `test-${randomUUID()}`;
const attempt = (email: string, password: string, ip: string) =>
  authorizeCredentials({ db: testDb(), limits }, { email, password }, ip);
/** Ends the current window of one counter: `signin-account` is keyed by the address's hash. */
async function endWindow(limiter: "signin-account" | "signin-ip", key: string) {
  const stored = limiter === "signin-account" ? createHash("sha256").update(key).digest("hex") : key;
  const ended = await testPool().query("UPDATE rate_limits SET expire = $1 WHERE key = $2", [
    Date.now() - 1,
    `${limiter}:${stored}`,
  ]);
  expect(ended.rowCount).toBe(1);
}

async function account() {
  return createUser({ passwordHash: await hashPassword(PASSWORD) });
}

describe("sign-in limits", () => {
  it("refuse an account after N failures, even with the right password, until the window ends", async () => {
    const user = await account();
    // From different addresses each time: only the per-account limit is at work.
    for (let failure = 0; failure < 3; failure++) {
      expect(await attempt(user.email, "wrong password", newIp())).toBeNull();
    }
    expect(await attempt(user.email, PASSWORD, newIp())).toBeNull();
    await endWindow("signin-account", user.email);
    expect(await attempt(user.email, PASSWORD, newIp())).toMatchObject({ id: user.id });
  });

  it("count an unknown address's failures the same way, so a refusal reveals nothing", async () => {
    const known = await account();
    const unknown = `nobody-${randomUUID().slice(0, 8)}@example.org`;
    for (const email of [known.email, unknown]) {
      for (let failure = 0; failure < 3; failure++) await attempt(email, "guess", newIp());
      expect(await limits.isSignInBlocked({ email, ip: newIp() }), email).toBe(true);
    }
  });

  it("refuse an address after N failures across accounts, while other addresses still get in", async () => {
    const user = await account();
    const ip = newIp();
    for (let failure = 0; failure < 5; failure++) {
      expect(await attempt(`nobody-${randomUUID().slice(0, 8)}@example.org`, "guess", ip)).toBeNull();
    }
    expect(await attempt(user.email, PASSWORD, ip)).toBeNull();
    expect(await attempt(user.email, PASSWORD, newIp())).toMatchObject({ id: user.id });
    await endWindow("signin-ip", ip);
    expect(await attempt(user.email, PASSWORD, ip)).toMatchObject({ id: user.id });
  });

  it("forget an account's failures once its owner signs in", async () => {
    const user = await account();
    await attempt(user.email, "wrong password", newIp());
    await attempt(user.email, "wrong password", newIp());
    expect(await attempt(user.email, PASSWORD, newIp())).not.toBeNull();
    await attempt(user.email, "wrong password", newIp());
    await attempt(user.email, "wrong password", newIp());
    expect(await attempt(user.email, PASSWORD, newIp())).not.toBeNull();
  });

  it("keep the counters in PostgreSQL without the email address in them", async () => {
    const user = await account();
    await attempt(user.email, "wrong password", newIp());
    const rows = await testPool().query<{ key: string }>(
      "SELECT key FROM rate_limits WHERE key LIKE 'signin-account:%'",
    );
    expect(rows.rows.length).toBeGreaterThan(0);
    expect(rows.rows.some((row) => row.key.includes(user.email))).toBe(false);
  });
});
