// next-auth's own endpoints, called through the app's route handler as a browser would call them.
import { encode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
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

const { GET } = await import("~/app/api/auth/[...nextauth]/route");
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
