// The one-click unsubscribe without sign-in (RFC 8058), its page's reads, and the preference
// procedures: a good link turns mail off; a forged, altered or expired one changes nothing and is
// refused in the reader's language; opening a link never changes anything.
import { describe, expect, it, vi } from "vitest";
import { unsubscribeToken } from "~/server/peer-mail/unsubscribe-token";
import { testDb } from "../support/db";
import { callerFor, createUser } from "../support/factories";
import { callRoute } from "../support/route-request";
import { errorOf } from "../support/trpc-error";

vi.hoisted(() => {
  process.env.NEXTAUTH_URL = "http://localhost:3000";
  process.env.NEXTAUTH_SECRET = "a test secret that is long enough for next-auth";
});

const { GET, POST } = await import("~/app/api/unsubscribe/[token]/route");

const DAY = 24 * 60 * 60 * 1000;
const ORIGIN = "http://rcp-exchange.test";

const frequencyOf = async (userId: string) =>
  (await testDb().user.findUniqueOrThrow({ where: { id: userId }, select: { emailFrequency: true } }))
    .emailFrequency;

const oneClick = (token: string, locale = "en") =>
  callRoute(
    POST,
    new Request(`${ORIGIN}/api/unsubscribe/${token}?locale=${locale}`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    }),
    { token },
  );

describe("one-click unsubscribe", () => {
  it("turns peer-update mail off without sign-in", async () => {
    const user = await createUser();
    expect(await frequencyOf(user.id)).toBe("WEEKLY");
    const response = await oneClick(unsubscribeToken(user.id));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("no-store");
    expect(await response.text()).toBe("You will get no more emails about your peers.");
    expect(await frequencyOf(user.id)).toBe("OFF");
  });

  it("refuses a forged, altered or expired link, in the reader's language, and changes nothing", async () => {
    const user = await createUser();
    const [id = "", expires = "", signature = ""] =
      /^([^_]+)_([^_]+)_(.+)$/.exec(unsubscribeToken(user.id))?.slice(1) ?? [];
    const other = await createUser();
    const expired = unsubscribeToken(user.id, new Date(Date.now() - 91 * DAY));
    for (const token of [
      `${id}_${Number(expires) + 86_400}_${signature}`,
      `${other.id}_${expires}_${signature}`,
      `${id}_${expires}_${signature.slice(0, -2)}AA`,
      expired,
      "not-a-token",
      "%00",
      "x".repeat(10_000),
    ]) {
      const response = await oneClick(token, "fr");
      expect(response.status, token.slice(0, 60)).toBe(400);
      expect(await response.text()).toBe(
        "Ce lien de désabonnement est invalide ou a expiré. Connectez-vous pour changer vos préférences de courriel.",
      );
    }
    expect(await frequencyOf(user.id)).toBe("WEEKLY");
    expect(await frequencyOf(other.id)).toBe("WEEKLY");
  });

  it("changes nothing when the link is only opened, and the page's button leads back to the page", async () => {
    const user = await createUser();
    const token = unsubscribeToken(user.id);
    const opened = await callRoute(GET, new Request(`${ORIGIN}/api/unsubscribe/${token}?locale=es`), {
      token,
    });
    expect(opened.status).toBe(303);
    expect(opened.headers.get("location")).toBe(`/es/unsubscribe/${token}`);
    expect(await frequencyOf(user.id)).toBe("WEEKLY");
    expect(await callerFor(null).emailPreference.byToken({ token })).toEqual({
      email: user.email,
      isOff: false,
    });
    expect(await frequencyOf(user.id)).toBe("WEEKLY");

    const confirmed = await callRoute(
      POST,
      new Request(`${ORIGIN}/api/unsubscribe/${token}?locale=es`, { method: "POST", body: "" }),
      { token },
    );
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get("location")).toBe(`/es/unsubscribe/${token}`);
    expect(await frequencyOf(user.id)).toBe("OFF");
    expect(await callerFor(null).emailPreference.byToken({ token })).toEqual({
      email: user.email,
      isOff: true,
    });
  });

  it("shows no page for a forged or expired link", async () => {
    const user = await createUser();
    for (const token of [
      unsubscribeToken(user.id, new Date(Date.now() - 91 * DAY)),
      "forged",
      "x".repeat(201),
    ]) {
      const { code } = await errorOf(callerFor(null).emailPreference.byToken({ token }));
      expect(code, token.slice(0, 40)).toMatch(/^(NOT_FOUND|BAD_REQUEST)$/);
    }
  });
});

describe("email preferences", () => {
  it("are each person's own: weekly by default, saved, and refused when not one of the choices", async () => {
    const user = await createUser();
    const caller = callerFor(user);
    expect(await caller.emailPreference.get()).toEqual({ frequency: "WEEKLY", followCount: 0 });
    expect(await caller.emailPreference.save({ frequency: "IMMEDIATE" })).toEqual({ frequency: "IMMEDIATE" });
    expect(await caller.emailPreference.get()).toMatchObject({ frequency: "IMMEDIATE" });
    const refused = await errorOf(caller.emailPreference.save({ frequency: "HOURLY" } as never));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(await frequencyOf(user.id)).toBe("IMMEDIATE");
  });

  it("start from the moment mail is turned back on, not from when it was turned off", async () => {
    const user = await createUser();
    await callerFor(user).emailPreference.save({ frequency: "OFF" });
    const before = new Date();
    await callerFor(user).emailPreference.save({ frequency: "DAILY" });
    const { peerMailFrom } = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(peerMailFrom.getTime()).toBeGreaterThanOrEqual(before.getTime());
  });
});
