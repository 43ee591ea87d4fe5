// Failed sign-ins are limited per account and per client address, in PostgreSQL, through the same
// function next-auth's credentials provider calls. Windows are short here; the app's are constants.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { authorizeCredentials } from "~/server/auth/credentials";
import { hashPassword } from "~/server/auth/password";
import { createAuthLimits, type TAuthWindows } from "~/server/auth/rate-limit";
import { testDb, testPool } from "../support/db";
import { createUser } from "../support/factories";

const PASSWORD = "the correct long password";
const WINDOW_SECONDS = 2;
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
const waitForWindow = () => new Promise((resolve) => setTimeout(resolve, WINDOW_SECONDS * 1000 + 300));

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
    await waitForWindow();
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
    await waitForWindow();
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
