// The search page's tier markers: the results page is read through the loader it renders from,
// inside a real request (session cookie decoded by next-auth, as `next start` does), as each kind
// of reader. A marker shows exactly where it may, in titles and in document text alike.
import { randomBytes, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type * as TLoadSearch from "~/features/search/load-search";
import type { TLocale } from "~/i18n/routing";
import type * as TTrpcServer from "~/trpc/server";
import { testDb } from "../support/db";
import { createActivityRecord, createDocumentRecord, createRcp, createUser } from "../support/factories";
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
let loadSearch: typeof TLoadSearch.loadSearch;
let requestCaller: typeof TTrpcServer.requestCaller;

beforeAll(async () => {
  vi.stubEnv("NEXTAUTH_SECRET", secret);
  vi.stubEnv("NEXTAUTH_URL", "http://rcp-exchange.test");
  ({ loadSearch } = await import("~/features/search/load-search"));
  ({ requestCaller } = await import("~/trpc/server"));
});

/** The results page's data for `q`, as `userId` (or nobody) reads it. */
async function searchPageAs(userId: string | null, q: string): Promise<string> {
  const user = userId ? await testDb().user.findUniqueOrThrow({ where: { id: userId } }) : null;
  const headers: Record<string, string> = user ? { cookie: await sessionCookie(user, secret) } : {};
  const response = await callRoute(
    async () => new Response(JSON.stringify(await loadSearch(await requestCaller(), "en", { q }))),
    new Request(`http://rcp-exchange.test/en/search?q=${q}`, { headers }),
    {},
  );
  return response.text();
}

const TIERS = ["PUBLIC", "ALL_SECRETARIATS", "HOSTS"] as const;
type TTier = (typeof TIERS)[number];
const ACTORS = ["anonymous", "outsider", "outsiderViewer", "editor", "viewer", "cohost", "admin"] as const;
type TActor = (typeof ACTORS)[number];
const RANK: Record<TTier, number> = { PUBLIC: 0, ALL_SECRETARIATS: 1, HOSTS: 2 };
const WIDEST: Record<TActor, number> = {
  anonymous: 0,
  outsider: 1,
  outsiderViewer: 1,
  editor: 2,
  viewer: 2,
  cohost: 2,
  admin: 2,
};

describe("search page, per tier and reader", () => {
  it("shows each tier's marker exactly to those who may see it", async () => {
    const [host, cohost, other] = await Promise.all([createRcp(), createRcp(), createRcp()]);
    const users: Record<TActor, string | null> = {
      anonymous: null,
      outsider: (await createUser({ staff: [{ rcpId: other.id, role: "EDITOR" }] })).id,
      outsiderViewer: (await createUser({ staff: [{ rcpId: other.id, role: "VIEWER" }] })).id,
      editor: (await createUser({ staff: [{ rcpId: host.id, role: "EDITOR" }] })).id,
      viewer: (await createUser({ staff: [{ rcpId: host.id, role: "VIEWER" }] })).id,
      cohost: (await createUser({ staff: [{ rcpId: cohost.id, role: "EDITOR" }] })).id,
      admin: (await createUser({ platformRole: "ADMIN" })).id,
    };
    const word = `pagemark${randomUUID().slice(0, 8)}`;
    const markers: { marker: string; tier: number }[] = [];
    for (const tier of TIERS) {
      const activityMarker = `activity${tier}${randomUUID().slice(0, 6)}`;
      const activity = await createActivityRecord({
        hostRcpIds: [host.id, cohost.id],
        visibility: tier,
        title: `${word} ${activityMarker}`,
      });
      markers.push({ marker: activityMarker, tier: RANK[tier] });
      for (const documentTier of TIERS) {
        const documentMarker = `document${tier}${documentTier}${randomUUID().slice(0, 6)}`;
        const document = await createDocumentRecord({
          activityId: activity.id,
          visibility: documentTier,
          title: `${word} report`,
        });
        // The marker is in the file's text only: what the page shows of a document is found there too.
        await testDb().documentText.upsert({
          where: { documentId: document.id },
          create: { documentId: document.id, status: "DONE", text: `${word} ${documentMarker}` },
          update: { status: "DONE", text: `${word} ${documentMarker}` },
        });
        markers.push({ marker: documentMarker, tier: Math.max(RANK[tier], RANK[documentTier]) });
      }
    }
    for (const actor of ACTORS) {
      const page = await searchPageAs(users[actor], word);
      expect(page).toContain('"state":{"kind":"ready"');
      for (const { marker, tier } of markers) {
        expect({ actor, marker, shown: page.includes(marker) }).toEqual({
          actor,
          marker,
          shown: tier <= WIDEST[actor],
        });
      }
    }
  });
});
