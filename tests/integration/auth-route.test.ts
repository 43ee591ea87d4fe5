// next-auth's own endpoints, called through the app's route handler as a browser would call them.
import { encode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import { hashPassword } from "~/server/auth/password";
import { endAllSessions } from "~/server/user/sessions";
import { testDb } from "../support/db";
import { createUser } from "../support/factories";
import { callRoute } from "../support/route-request";

const APP_URL = vi.hoisted(() => {
  const url = "http://localhost:3000";
  process.env.NEXTAUTH_URL = url;
  process.env.NEXTAUTH_SECRET ??= "a test secret that is long enough for next-auth";
  return url;
});

const { GET, POST } = await import("~/app/api/auth/[...nextauth]/route");
const SESSION_COOKIE = "next-auth.session-token";

async function sessionTokenFor(user: { id: string; email: string; name: string | null }) {
  const { sessionVersion } = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
  return encode({
    token: { sub: user.id, email: user.email, name: user.name, sessionVersion, authTime: Date.now() },
    secret: process.env.NEXTAUTH_SECRET ?? "",
  });
}

async function getSession(token: string) {
  const request = new Request(`${APP_URL}/api/auth/session`, {
    headers: { cookie: `${SESSION_COOKIE}=${token}` },
  });
  const response = await callRoute(GET, request, { nextauth: ["session"] });
  return {
    status: response.status,
    body: (await response.json()) as unknown,
    cookies: response.headers.getSetCookie(),
  };
}

const sessionCookieOf = (cookies: string[]) =>
  cookies.find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`));

describe("/api/auth/session", () => {
  it("answers a current session with its user and renews the cookie", async () => {
    const user = await createUser();
    const session = await getSession(await sessionTokenFor(user));
    expect(session.status).toBe(200);
    expect(session.body).toMatchObject({ user: { id: user.id, email: user.email } });
    expect(sessionCookieOf(session.cookies)).toMatch(/^next-auth\.session-token=[^;]+;/);
  });

  it.each([
    ["after sign-out", (id: string) => endAllSessions(testDb(), id)],
    [
      "after the account is disabled",
      (id: string) =>
        testDb().user.update({ where: { id }, data: { disabledAt: new Date() }, select: { id: true } }),
    ],
  ])("answers as signed out %s, and clears the cookie", async (_, revoke) => {
    const user = await createUser();
    const token = await sessionTokenFor(user);
    await revoke(user.id);
    const session = await getSession(token);
    expect(session.status).toBe(200);
    expect(session.body).toEqual({});
    expect(JSON.stringify(session.body)).not.toContain(user.email);
    expect(sessionCookieOf(session.cookies)).toMatch(/^next-auth\.session-token=;.*Max-Age=0/i);
  });
});

const PASSWORD = "a long and correct password";

/** A sign-in as the sign-in form sends it, with the CSRF token next-auth hands out first. */
async function signIn(options: { email: string; callbackUrl?: string; query?: string; cookie?: string }) {
  const csrf = await callRoute(GET, new Request(`${APP_URL}/api/auth/csrf`), { nextauth: ["csrf"] });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
  const body = new URLSearchParams({ email: options.email, password: PASSWORD, csrfToken, json: "true" });
  if (options.callbackUrl !== undefined) body.set("callbackUrl", options.callbackUrl);
  const request = new Request(`${APP_URL}/api/auth/callback/credentials${options.query ?? ""}`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: [...csrfCookie, ...(options.cookie ? [options.cookie] : [])].join("; "),
    },
    body,
  });
  const response = await callRoute(POST, request, { nextauth: ["callback", "credentials"] });
  return { status: response.status, cookies: response.headers.getSetCookie(), text: await response.text() };
}

describe("/api/auth/callback/credentials", () => {
  it("signs in and returns to a path of the app", async () => {
    const user = await createUser({ passwordHash: await hashPassword(PASSWORD) });
    const result = await signIn({ email: user.email, callbackUrl: "/fr/manage" });
    expect(result.status).toBe(200);
    expect(JSON.parse(result.text)).toEqual({ url: `${APP_URL}/fr/manage` });
    expect(sessionCookieOf(result.cookies)).toBeDefined();
  });

  it("returns to the path a browser would read, without the line breaks it would drop", async () => {
    const user = await createUser({ passwordHash: await hashPassword(PASSWORD) });
    const result = await signIn({ email: user.email, callbackUrl: "/fr/\nmanage\t" });
    expect(result.status).toBe(200);
    expect(JSON.parse(result.text)).toEqual({ url: `${APP_URL}/fr/manage` });
  });

  const unsafe = [
    "\\\\evil.example",
    "http://localhost:3000.evil.example",
    "/\n/evil.example",
    "/\t/evil.example",
  ];

  it.each(unsafe)("refuses the return address %j with a 400, and signs nobody in", async (callbackUrl) => {
    const user = await createUser({ passwordHash: await hashPassword(PASSWORD) });
    for (const where of [
      { callbackUrl },
      { query: `?callbackUrl=${encodeURIComponent(callbackUrl)}` },
      { cookie: `next-auth.callback-url=${encodeURIComponent(callbackUrl)}` },
    ]) {
      const result = await signIn({ email: user.email, ...where });
      expect(result.status, JSON.stringify(where)).toBe(400);
      expect(result.text).not.toContain("evil");
      expect(sessionCookieOf(result.cookies), JSON.stringify(where)).toBeUndefined();
    }
  });
});
