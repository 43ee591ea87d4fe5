// Recommendations and their follow-up through the router: every procedure's answers, the bad
// inputs of the issue (each refused on its field with nothing stored), and the race for a number.
import { randomUUID } from "node:crypto";
import type { TFollowUpFields } from "~/domain/recommendation/schema";
import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../support/db";
import {
  callerFor,
  createActivityRecord,
  createDocumentRecord,
  createRcp,
  createUser,
} from "../support/factories";
import { errorOf } from "../support/trpc-error";

type TUser = Awaited<ReturnType<typeof createUser>>;
let host: { id: string; slug: string };
let other: { id: string; slug: string };
let editor: TUser;
let outsider: TUser;
let memberCode: string;
let strangerCode: string;

beforeAll(async () => {
  [host, other] = await Promise.all([createRcp(), createRcp()]);
  [editor, outsider] = await Promise.all([
    createUser({ staff: [{ rcpId: host.id, role: "EDITOR" }] }),
    createUser({ staff: [{ rcpId: other.id, role: "EDITOR" }] }),
  ]);
  const [member, stranger] = await testDb().participant.findMany({
    where: { kind: "STATE" },
    orderBy: { code: "asc" },
    take: 2,
    select: { id: true, code: true },
  });
  if (!member || !stranger) throw new Error("No seeded states");
  memberCode = member.code;
  strangerCode = stranger.code;
  await testDb().membership.create({ data: { rcpId: host.id, participantId: member.id, role: "MEMBER" } });
});

async function outcome(
  options: { kind?: "RECOMMENDATIONS" | "DECLARATION" | "REPORT"; visibility?: "PUBLIC" | "HOSTS" } = {},
) {
  const activity = await createActivityRecord({ hostRcpIds: [host.id] });
  return createDocumentRecord({
    activityId: activity.id,
    kind: options.kind ?? "RECOMMENDATIONS",
    visibility: options.visibility ?? "PUBLIC",
  });
}

const text = (en: string) => ({ en });
const followUp = (overrides: Partial<TFollowUpFields> = {}): TFollowUpFields => ({
  status: "IMPLEMENTED",
  rcpId: host.id,
  memberStates: [],
  evidenceText: "",
  evidenceUrl: "",
  evidenceDocumentId: "",
  date: "2026-11-30",
  visibility: "PUBLIC",
  ...overrides,
});
const countIn = (documentId: string) => testDb().recommendation.count({ where: { documentId } });

describe("recording recommendations", () => {
  it("creates by hand and refuses a number used twice on the number field, storing nothing", async () => {
    const document = await outcome();
    const caller = callerFor(editor);
    await caller.recommendation.create({
      documentId: document.id,
      data: { number: 1, text: text("Share data"), themes: [] },
    });
    const error = await errorOf(
      caller.recommendation.create({
        documentId: document.id,
        data: { number: 1, text: text("Again"), themes: [] },
      }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("numberTaken");
    expect(await countIn(document.id)).toBe(1);
  });

  it("gives the number to one of two writers racing for it; the other is told it is taken", async () => {
    const document = await outcome();
    const attempts = await Promise.allSettled(
      [0, 1, 2].map(() =>
        callerFor(editor).recommendation.create({
          documentId: document.id,
          data: { number: 7, text: text("Racing"), themes: [] },
        }),
      ),
    );
    expect(attempts.filter((attempt) => attempt.status === "fulfilled")).toHaveLength(1);
    for (const attempt of attempts) {
      if (attempt.status === "rejected") expect((attempt.reason as Error).message).toBe("numberTaken");
    }
    expect(await countIn(document.id)).toBe(1);
  });

  it("refuses all-empty text and a document of another kind", async () => {
    const [report, document] = await Promise.all([outcome({ kind: "REPORT" }), outcome()]);
    const caller = callerFor(editor);
    const empty = await errorOf(
      caller.recommendation.create({
        documentId: document.id,
        data: { number: 1, text: { en: " ", fr: "" }, themes: [] },
      }),
    );
    expect(empty.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(empty.cause)).toContain("textRequired");
    const kind = await errorOf(
      caller.recommendation.create({
        documentId: report.id,
        data: { number: 1, text: text("Fine"), themes: [] },
      }),
    );
    expect(kind.message).toBe("notRecommendationDocument");
    expect(await countIn(report.id)).toBe(0);
    expect(await countIn(document.id)).toBe(0);
  });

  it("takes a declaration as well as a recommendations document", async () => {
    const declaration = await outcome({ kind: "DECLARATION" });
    await callerFor(editor).recommendation.create({
      documentId: declaration.id,
      data: { number: 3, text: { fr: "Renforcer la coopération" }, themes: [] },
    });
    expect(await countIn(declaration.id)).toBe(1);
  });

  it("pastes a numbered list with its themes, whole or not at all", async () => {
    const document = await outcome();
    const caller = callerFor(editor);
    const theme = await testDb().theme.findFirstOrThrow({ select: { slug: true, id: true } });
    const pasted =
      "Recommendations of the conference\n1. Exchange data\non irregular migration.\n2) Train border staff\n(4) Review the visa rules";
    expect(
      await caller.recommendation.createMany({
        documentId: document.id,
        language: "en",
        themes: [theme.slug],
        text: pasted,
      }),
    ).toEqual({ created: 3 });
    const stored = await testDb().recommendation.findMany({
      where: { documentId: document.id },
      orderBy: { number: "asc" },
      select: { number: true, text: true, themes: { select: { themeId: true } } },
    });
    expect(stored.map((row) => [row.number, row.text])).toEqual([
      [1, { en: "Exchange data on irregular migration." }],
      [2, { en: "Train border staff" }],
      [4, { en: "Review the visa rules" }],
    ]);
    expect(stored.every((row) => row.themes[0]?.themeId === theme.id)).toBe(true);
    // A number already in the document refuses the whole paste.
    const again = await errorOf(
      caller.recommendation.createMany({
        documentId: document.id,
        language: "en",
        themes: [],
        text: "4. Four\n5. Five",
      }),
    );
    expect(again.message).toBe("numberTaken");
    expect(await countIn(document.id)).toBe(3);
  });

  it("refuses a paste of 500 items (18 kB) and one with a number twice, on the text field", async () => {
    const document = await outcome();
    const caller = callerFor(editor);
    const long = Array.from(
      { length: 500 },
      (_, index) => `${index + 1}. Recommendation number ${index + 1}`,
    ).join("\n");
    expect(long.length).toBeGreaterThan(15_000);
    const tooMany = await errorOf(
      caller.recommendation.createMany({ documentId: document.id, language: "en", themes: [], text: long }),
    );
    expect(tooMany.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(tooMany.cause)).toContain("tooManyItems");
    const twice = await errorOf(
      caller.recommendation.createMany({
        documentId: document.id,
        language: "en",
        themes: [],
        text: "1. One\n1. Again",
      }),
    );
    expect(JSON.stringify(twice.cause)).toContain("duplicateNumbers");
    expect(await countIn(document.id)).toBe(0);
  });

  it("updates and removes on the version read; an older version is a conflict", async () => {
    const document = await outcome();
    const caller = callerFor(editor);
    const { id } = await caller.recommendation.create({
      documentId: document.id,
      data: { number: 1, text: text("One"), themes: [] },
    });
    expect(
      await caller.recommendation.update({
        recommendationId: id,
        version: 1,
        data: { number: 2, text: text("Two"), themes: [] },
      }),
    ).toEqual({ version: 2 });
    expect((await errorOf(caller.recommendation.remove({ recommendationId: id, version: 1 }))).code).toBe(
      "CONFLICT",
    );
    expect(await caller.recommendation.remove({ recommendationId: id, version: 2 })).toEqual({
      deleted: true,
    });
    expect(await countIn(document.id)).toBe(0);
  });

  it("keeps its document a kind that carries recommendations", async () => {
    const document = await outcome();
    const caller = callerFor(editor);
    await caller.recommendation.create({
      documentId: document.id,
      data: { number: 1, text: text("Stay"), themes: [] },
    });
    const metadata = { title: "Report", language: "en", date: "", visibility: "PUBLIC" } as const;
    const error = await errorOf(
      caller.activityDocument.update({
        documentId: document.id,
        version: 1,
        data: { ...metadata, kind: "REPORT" },
      }),
    );
    expect(error.message).toBe("documentHasRecommendations");
    const row = await testDb().activityDocument.findUniqueOrThrow({
      where: { id: document.id },
      select: { kind: true },
    });
    expect(row.kind).toBe("RECOMMENDATIONS");
    await caller.activityDocument.update({
      documentId: document.id,
      version: 1,
      data: { ...metadata, kind: "DECLARATION" },
    });
  });

  it("goes with its document: deleting the outcome deletes its recommendations", async () => {
    const document = await outcome();
    await callerFor(editor).recommendation.create({
      documentId: document.id,
      data: { number: 1, text: text("Gone"), themes: [] },
    });
    await testDb().activityDocument.delete({ where: { id: document.id } });
    expect(await countIn(document.id)).toBe(0);
  });
});

describe("follow-up", () => {
  async function recommendation(visibility: "PUBLIC" | "HOSTS" = "PUBLIC") {
    const document = await outcome({ visibility });
    const created = await callerFor(editor).recommendation.create({
      documentId: document.id,
      data: { number: 1, text: text("Follow me"), themes: [] },
    });
    return { documentId: document.id, id: created.id };
  }
  const entries = (recommendationId: string) =>
    testDb().recommendationFollowUp.count({ where: { recommendationId } });

  it("records a status with member states and evidence; the history keeps every change", async () => {
    const { id, documentId } = await recommendation();
    const caller = callerFor(editor);
    await caller.recommendation.setStatus({
      recommendationId: id,
      version: 1,
      data: followUp({ status: "IN_PROGRESS" }),
    });
    await caller.recommendation.setStatus({
      recommendationId: id,
      version: 2,
      data: followUp({
        memberStates: [memberCode],
        evidenceText: "Law adopted",
        evidenceUrl: "https://example.org/law",
      }),
    });
    const history = await caller.recommendation.history({ recommendationId: id });
    expect(history.map((entry) => entry.status)).toEqual(["IMPLEMENTED", "IN_PROGRESS"]);
    expect(history[0]).toMatchObject({
      memberStates: [memberCode],
      evidenceText: "Law adopted",
      evidenceUrl: "https://example.org/law",
    });
    expect(await callerFor(null).recommendation.progress({ documentId })).toEqual({
      total: 1,
      counts: { IMPLEMENTED: 1 },
    });
  });

  it("refuses a status change on another process's recommendation, storing nothing", async () => {
    const { id } = await recommendation();
    const error = await errorOf(
      callerFor(outsider).recommendation.setStatus({
        recommendationId: id,
        version: 1,
        data: followUp({ rcpId: other.id }),
      }),
    );
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toBe("notHostOfRecommendation");
    expect(await entries(id)).toBe(0);
  });

  const hiddenDocument = async () =>
    (
      await createDocumentRecord({
        activityId: (await createActivityRecord({ hostRcpIds: [other.id], visibility: "HOSTS" })).id,
      })
    ).id;
  it.each<[string, () => Partial<TFollowUpFields> | Promise<Partial<TFollowUpFields>>, string]>([
    [
      "a tier wider than the recommendation's",
      () => ({ visibility: "PUBLIC" }),
      "followUpWiderThanRecommendation",
    ],
    ["a state that is not a current member", () => ({ memberStates: [strangerCode] }), "notCurrentMember"],
    ["a process that does not host it", () => ({ rcpId: other.id }), "notActingHost"],
    [
      "a document the writer may not see",
      async () => ({ evidenceDocumentId: await hiddenDocument() }),
      "evidenceDocumentUnavailable",
    ],
  ])("refuses %s with its reason, storing nothing", async (_, overrides, reason) => {
    const { id } = await recommendation("HOSTS");
    const data = followUp({ visibility: "HOSTS", ...(await overrides()) });
    const error = await errorOf(
      callerFor(editor).recommendation.setStatus({ recommendationId: id, version: 1, data }),
    );
    expect(error.message).toBe(reason);
    expect(await entries(id)).toBe(0);
  });

  it("offers the writer the documents of the outcome's activity as evidence, and no one else", async () => {
    const activity = await createActivityRecord({ hostRcpIds: [host.id] });
    const outcomeDocument = await createDocumentRecord({
      activityId: activity.id,
      kind: "RECOMMENDATIONS",
      title: `Outcome ${randomUUID()}`,
    });
    const report = await createDocumentRecord({
      activityId: activity.id,
      visibility: "HOSTS",
      title: `Report ${randomUUID()}`,
    });
    const elsewhere = await outcome();
    const offered = async (user: TUser | null) =>
      (await callerFor(user).recommendation.listByDocument({ documentId: outcomeDocument.id }))
        .evidenceDocuments;
    const ids = (await offered(editor)).map((document) => document.id);
    expect(ids.sort()).toEqual([outcomeDocument.id, report.id].sort());
    expect(ids).not.toContain(elsewhere.id);
    expect(await offered(outsider)).toEqual([]);
    expect(await offered(null)).toEqual([]);
  });

  it("refuses a javascript: link on the evidence field", async () => {
    const { id } = await recommendation();
    const error = await errorOf(
      callerFor(editor).recommendation.setStatus({
        recommendationId: id,
        version: 1,
        data: followUp({ evidenceUrl: "javascript:alert(1)" }),
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(error.cause)).toContain("evidenceUrl");
    expect(await entries(id)).toBe(0);
  });
});

describe("lists across processes", () => {
  it("lists a process's open recommendations and a theme's, with status and process filters", async () => {
    const document = await outcome();
    const caller = callerFor(editor);
    const theme = await testDb().theme.findFirstOrThrow({
      orderBy: { slug: "desc" },
      select: { slug: true },
    });
    const marker = `open-${randomUUID()}`;
    const open = await caller.recommendation.create({
      documentId: document.id,
      data: { number: 1, text: text(marker), themes: [theme.slug] },
    });
    const done = await caller.recommendation.create({
      documentId: document.id,
      data: { number: 2, text: text(`${marker} done`), themes: [theme.slug] },
    });
    await caller.recommendation.setStatus({ recommendationId: done.id, version: 1, data: followUp() });
    const openList = await callerFor(null).recommendation.openByRcp({ slug: host.slug });
    expect(openList.items.map((item) => item.id)).toContain(open.id);
    expect(openList.items.map((item) => item.id)).not.toContain(done.id);
    const implemented = await callerFor(null).recommendation.byTheme({
      theme: theme.slug,
      status: "IMPLEMENTED",
      rcp: host.slug,
    });
    expect(implemented.items.map((item) => item.id)).toEqual([done.id]);
    expect((await errorOf(callerFor(null).recommendation.byTheme({ theme: "no-such-theme" }))).code).toBe(
      "NOT_FOUND",
    );
  });

  it("pages by keyset", async () => {
    const document = await outcome();
    const lines = Array.from({ length: 60 }, (_, index) => `${index + 1}. Item ${index + 1}`).join("\n");
    await callerFor(editor).recommendation.createMany({
      documentId: document.id,
      language: "en",
      themes: [],
      text: lines,
    });
    const first = await callerFor(null).recommendation.listByDocument({ documentId: document.id });
    expect(first.items).toHaveLength(50);
    const second = await callerFor(null).recommendation.listByDocument({
      documentId: document.id,
      cursor: first.nextCursor ?? undefined,
    });
    expect(second.items.map((item) => item.number)).toEqual(
      Array.from({ length: 10 }, (_, index) => index + 51),
    );
    expect(second.nextCursor).toBeNull();
  });
});
