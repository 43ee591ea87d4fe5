// The signed-in home page's feed ("What your peers are doing"), read through the loader its page
// renders from, inside a real request (session cookie decoded by next-auth, as `next start` does):
// tier markers per actor, the filters read from the address, and no feed without a valid session.
import { randomBytes, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type * as TLoadFeed from "~/features/feed/load-feed";
import type { TLocale } from "~/i18n/routing";
import type * as TSession from "~/server/auth/session";
import type * as TTrpcServer from "~/trpc/server";
import { testDb } from "../support/db";
import {
  EXPECTED_TIERS,
  createTheme,
  follow,
  markerCast,
  postedActivity,
  TIERS,
} from "../support/peer-events";
import { callRoute } from "../support/route-request";
import { sessionCookie } from "../support/session-cookie";

vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const { messages } = await import("~/i18n/messages");
  return {
    getTranslations: ({ locale, namespace }: { locale: TLocale; namespace: never }) =>
      Promise.resolve(createTranslator({ locale, messages: messages[locale], namespace })),
  };
});

const secret = randomBytes(32).toString("base64url");
let loadFeed: typeof TLoadFeed.loadFeed;
let requestCaller: typeof TTrpcServer.requestCaller;
let getSession: typeof TSession.getSession;

beforeAll(async () => {
  vi.stubEnv("NEXTAUTH_SECRET", secret);
  vi.stubEnv("NEXTAUTH_URL", "http://rcp-exchange.test");
  ({ loadFeed } = await import("~/features/feed/load-feed"));
  ({ requestCaller } = await import("~/trpc/server"));
  ({ getSession } = await import("~/server/auth/session"));
});

/** What `read` gives inside a request to the home page from `userId` (or nobody), as JSON. */
async function asReader(
  userId: string | null,
  read: () => Promise<unknown>,
  cookie?: string,
): Promise<string> {
  const user = userId ? await testDb().user.findUniqueOrThrow({ where: { id: userId } }) : null;
  const headers: Record<string, string> = user ? { cookie: await sessionCookie(user, secret) } : {};
  if (cookie) headers.cookie = cookie;
  const response = await callRoute(
    async () => new Response(JSON.stringify(await read())),
    new Request("http://rcp-exchange.test/en", { headers }),
    {},
  );
  return response.text();
}

describe("the home page's feed", () => {
  it("shows each actor exactly the tiers it may, and reads its filters from the address", async () => {
    const { host, coHost, users } = await markerCast();
    const theme = await createTheme();
    const marker = randomUUID().slice(0, 8);
    for (const tier of TIERS) {
      await postedActivity({
        hostRcpIds: [host.id, coHost.id],
        visibility: tier,
        title: `home-marker-${marker}-${tier}`,
        themeIds: [theme.id],
      });
    }
    for (const [actor, user] of Object.entries(users)) {
      if (!user) continue;
      await follow(user.id, "THEME", theme.id);
      const text = await asReader(user.id, async () =>
        loadFeed(await requestCaller(), "en", { theme: theme.slug, region: "NOWHERE", junk: "x" }),
      );
      const seen = [...text.matchAll(new RegExp(`home-marker-${marker}-([A-Z_]+)`, "g"))].map((m) => m[1]);
      expect(seen.sort(), actor).toEqual([...EXPECTED_TIERS[actor]!].sort());
      // The malformed region is dropped; the theme applies.
      expect(JSON.parse(text)).toMatchObject({ filters: { theme: theme.slug }, isFiltered: true });
    }
  });

  it("is not shown without a valid session: the cookie is only a routing hint", async () => {
    expect(await asReader(null, () => getSession())).toBe("null");
    const forged = "next-auth.session-token=forged.not.a.token";
    expect(await asReader(null, () => getSession(), forged)).toBe("null");
  });
});
