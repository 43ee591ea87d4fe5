// Tier markers for recommendations and their follow-up: a unique marker per tier, read back through
// every procedure that shows them, by every kind of reader. What a reader may not see never appears.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { TVisibility } from "~/domain/activity/vocabulary";
import { testDb } from "../support/db";
import {
  callerFor,
  createActivityRecord,
  createDocumentRecord,
  createRcp,
  createUser,
} from "../support/factories";
import { MAY_SEE, READERS, TIERS, type TReader } from "../support/tier-readers";

type TUser = Awaited<ReturnType<typeof createUser>>;

let users: Record<TReader, TUser | null>;
let host: { id: string; slug: string };
let theme: { slug: string; id: string };
const run = randomUUID();
const marker = (kind: string, tier: TVisibility) => `${kind}-${tier}-${run}`;
const documents: Record<string, string> = {};

beforeAll(async () => {
  const [hostRcp, coHostRcp, otherRcp] = await Promise.all([createRcp(), createRcp(), createRcp()]);
  host = hostRcp;
  theme = await testDb().theme.findFirstOrThrow({
    orderBy: { slug: "asc" },
    select: { slug: true, id: true },
  });
  users = {
    anonymous: null,
    otherEditor: await createUser({ staff: [{ rcpId: otherRcp.id, role: "EDITOR" }] }),
    otherViewer: await createUser({ staff: [{ rcpId: otherRcp.id, role: "VIEWER" }] }),
    hostEditor: await createUser({ staff: [{ rcpId: hostRcp.id, role: "EDITOR" }] }),
    hostViewer: await createUser({ staff: [{ rcpId: hostRcp.id, role: "VIEWER" }] }),
    coHost: await createUser({ staff: [{ rcpId: coHostRcp.id, role: "EDITOR" }] }),
    admin: await createUser({ platformRole: "ADMIN" }),
  };
  const editor = callerFor(users.hostEditor);
  // One recommendation per tier of its document (the activity public) and one more in a hosts-only
  // activity with a public document: the narrower of the two applies.
  const place = async (activityTier: TVisibility, documentTier: TVisibility) => {
    const activity = await createActivityRecord({
      hostRcpIds: [hostRcp.id, coHostRcp.id],
      visibility: activityTier,
    });
    return (
      await createDocumentRecord({
        activityId: activity.id,
        kind: "RECOMMENDATIONS",
        visibility: documentTier,
      })
    ).id;
  };
  for (const tier of TIERS) {
    documents[tier] = await place(tier === "HOSTS" ? "HOSTS" : "PUBLIC", tier === "HOSTS" ? "PUBLIC" : tier);
    await editor.recommendation.create({
      documentId: documents[tier],
      data: { number: 1, text: { en: marker("recommendation", tier) }, themes: [theme.slug] },
    });
  }
  // On the public recommendation, one follow-up entry per tier, the widest first.
  const [publicRecommendation] = await testDb().recommendation.findMany({
    where: { documentId: documents.PUBLIC },
    select: { id: true },
  });
  const statusOf: Record<TVisibility, "IN_PROGRESS" | "PARTLY_IMPLEMENTED" | "IMPLEMENTED"> = {
    PUBLIC: "IN_PROGRESS",
    ALL_SECRETARIATS: "PARTLY_IMPLEMENTED",
    HOSTS: "IMPLEMENTED",
  };
  for (const [index, tier] of TIERS.entries()) {
    await editor.recommendation.setStatus({
      recommendationId: publicRecommendation!.id,
      version: index + 1,
      data: {
        status: statusOf[tier],
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

async function everythingShownTo(reader: TReader): Promise<string> {
  const caller = callerFor(users[reader]);
  const shown: unknown[] = [];
  for (const tier of TIERS) {
    const documentId = documents[tier]!;
    const calls = [
      caller.recommendation.listByDocument({ documentId }),
      caller.recommendation.progress({ documentId }),
    ];
    for (const call of calls) shown.push(await call.catch((error: Error) => error.message));
  }
  shown.push(await caller.recommendation.byTheme({ theme: theme.slug, rcp: host.slug }));
  shown.push(await caller.recommendation.openByRcp({ slug: host.slug }));
  return JSON.stringify(shown);
}

describe("recommendation and follow-up markers", () => {
  it.each(READERS)("%s sees exactly the tiers it may", async (reader) => {
    const shown = await everythingShownTo(reader);
    for (const tier of TIERS) {
      const may = MAY_SEE[tier].includes(reader);
      expect(shown.includes(marker("recommendation", tier)), `recommendation ${tier}`).toBe(may);
      expect(shown.includes(marker("evidence", tier)), `evidence ${tier}`).toBe(may);
    }
  });

  it.each(READERS)("%s gets the status of the latest entry it may read", async (reader) => {
    const { counts } = await callerFor(users[reader]).recommendation.progress({
      documentId: documents.PUBLIC!,
    });
    const expected = MAY_SEE.HOSTS.includes(reader)
      ? "IMPLEMENTED"
      : MAY_SEE.ALL_SECRETARIATS.includes(reader)
        ? "PARTLY_IMPLEMENTED"
        : "IN_PROGRESS";
    expect(counts).toEqual({ [expected]: 1 });
  });
});
