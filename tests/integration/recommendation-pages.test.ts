// The recommendation pages' loaders inside a real request (session cookie decoded as `next start`
// does): a unique marker per tier of recommendation and of follow-up shows exactly to the readers
// that tier admits, on the document's page, a process's open list and a theme's list.
import { randomBytes, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { TVisibility } from "~/domain/activity/vocabulary";
import type * as TLoad from "~/features/recommendation/load";
import { testDb } from "../support/db";
import {
  callerFor,
  createActivityRecord,
  createDocumentRecord,
  createRcp,
  createUser,
} from "../support/factories";
import { MAY_SEE, READERS, TIERS, type TReader } from "../support/tier-readers";
import { callRoute } from "../support/route-request";
import { sessionCookie } from "../support/session-cookie";

const secret = randomBytes(32).toString("base64url");
let load: typeof TLoad;
const NOT_FOUND = "NEXT_HTTP_ERROR_FALLBACK;404";

const run = randomUUID();
const marker = (kind: string, tier: TVisibility) => `page-${kind}-${tier}-${run}`;
const documents: Partial<Record<TVisibility, string>> = {};
let users: Record<TReader, { id: string } | null>;
let host: { slug: string };
let theme: { slug: string };

async function asReader(reader: TReader, read: () => Promise<unknown>): Promise<string> {
  const userId = users[reader]?.id;
  const user = userId ? await testDb().user.findUniqueOrThrow({ where: { id: userId } }) : null;
  const headers: Record<string, string> = user ? { cookie: await sessionCookie(user, secret) } : {};
  const response = await callRoute(
    async () => {
      try {
        return new Response(JSON.stringify(await read()));
      } catch (error) {
        if ((error as { digest?: string }).digest === NOT_FOUND) return new Response("404", { status: 404 });
        throw error;
      }
    },
    new Request("http://rcp-exchange.test/en/recommendations", { headers }),
    {},
  );
  return response.text();
}

beforeAll(async () => {
  vi.stubEnv("NEXTAUTH_SECRET", secret);
  vi.stubEnv("NEXTAUTH_URL", "http://rcp-exchange.test");
  load = await import("~/features/recommendation/load");
  const [hostRcp, coHostRcp, otherRcp] = await Promise.all([createRcp(), createRcp(), createRcp()]);
  host = hostRcp;
  theme = await testDb().theme.findFirstOrThrow({ orderBy: { slug: "desc" }, select: { slug: true } });
  users = {
    anonymous: null,
    otherEditor: await createUser({ staff: [{ rcpId: otherRcp.id, role: "EDITOR" }] }),
    otherViewer: await createUser({ staff: [{ rcpId: otherRcp.id, role: "VIEWER" }] }),
    hostEditor: await createUser({ staff: [{ rcpId: hostRcp.id, role: "EDITOR" }] }),
    hostViewer: await createUser({ staff: [{ rcpId: hostRcp.id, role: "VIEWER" }] }),
    coHost: await createUser({ staff: [{ rcpId: coHostRcp.id, role: "VIEWER" }] }),
    admin: await createUser({ platformRole: "ADMIN" }),
  };
  const editor = callerFor(await createUser({ staff: [{ rcpId: hostRcp.id, role: "EDITOR" }] }));
  for (const tier of TIERS) {
    const activity = await createActivityRecord({ hostRcpIds: [hostRcp.id, coHostRcp.id], visibility: tier });
    const documentId = (await createDocumentRecord({ activityId: activity.id, kind: "DECLARATION" })).id;
    documents[tier] = documentId;
    const { id } = await editor.recommendation.create({
      documentId,
      data: { number: 1, text: { en: marker("recommendation", tier) }, themes: [theme.slug] },
    });
    // Each recommendation's follow-up at its own tier, so the open list carries it too.
    await editor.recommendation.setStatus({
      recommendationId: id,
      version: 1,
      data: {
        status: "IN_PROGRESS",
        rcpId: hostRcp.id,
        memberStates: [],
        evidenceText: marker("evidence", tier),
        evidenceUrl: "",
        evidenceDocumentId: "",
        date: "2026-11-30",
        visibility: tier,
      },
    });
  }
});

describe("recommendation pages", () => {
  it.each(READERS)("show %s exactly the tiers it may", async (reader) => {
    for (const tier of TIERS) {
      const page = await asReader(reader, () =>
        load.loadDocumentRecommendations(documents[tier]!, undefined),
      );
      const may = MAY_SEE[tier].includes(reader);
      expect(page === "404", `document page ${tier}`).toBe(!may);
      expect(page.includes(marker("recommendation", tier))).toBe(may);
      expect(page.includes(marker("evidence", tier))).toBe(may);
    }
    const lists = [
      await asReader(reader, () => load.loadOpenRecommendations(host.slug, undefined)),
      await asReader(reader, () => load.loadThemeRecommendations({ theme: theme.slug, rcp: host.slug })),
    ];
    for (const list of lists) {
      for (const tier of TIERS) {
        expect(list.includes(marker("recommendation", tier)), `list ${tier}`).toBe(
          MAY_SEE[tier].includes(reader),
        );
      }
    }
  });

  it("answers a malformed address or an unknown value with the 404 page, not an error", async () => {
    expect(await asReader("anonymous", () => load.loadDocumentRecommendations("bad id!", undefined))).toBe(
      "404",
    );
    expect(
      await asReader("anonymous", () => load.loadOpenRecommendations("no-such-process", undefined)),
    ).toBe("404");
    expect(
      await asReader("anonymous", () => load.loadThemeRecommendations({ theme: theme.slug, status: "DONE" })),
    ).toBe("404");
  });
});
