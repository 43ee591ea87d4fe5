// Search through the router as each kind of reader: languages and accents, names, typos, the text
// inside uploaded files, the tier markers, and input that must be refused or survived.
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from "~/domain/search/highlight";
import type { TSearchInput } from "~/domain/search/schema";
import { extractDueTexts } from "~/server/search/text-extraction";
import { localStorage } from "~/server/storage/local-storage";
import { newStorageKey } from "~/server/storage/storage";
import type { TSessionUser } from "~/server/auth/session";
import { testDb } from "../support/db";
import {
  callerFor,
  createActivityRecord,
  createDocumentRecord,
  createRcp,
  createUser,
} from "../support/factories";
import { errorOf } from "../support/trpc-error";

const storage = localStorage(mkdtempSync(path.join(tmpdir(), "search-documents-")));
const token = () => `mk${randomUUID().replaceAll("-", "").slice(0, 12)}`;

const search = (user: TSessionUser | null, input: TSearchInput) => callerFor(user).search.query(input);
const keys = (page: { hits: { type: string; key: string }[] }) =>
  page.hits.map((hit) => `${hit.type}:${hit.key}`);

async function pdfWith(text: string): Promise<Uint8Array<ArrayBuffer>> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage();
  page.drawText(text, { x: 50, y: 700, size: 12, font: await pdf.embedFont(StandardFonts.Helvetica) });
  return new Uint8Array(await pdf.save());
}

/** A document of the activity whose file is really stored, as an upload leaves it. */
async function storedDocument(
  activityId: string,
  content: Uint8Array<ArrayBuffer>,
  mediaType: string,
  language = "es",
) {
  const storageKey = newStorageKey("activity-documents");
  await storage.put(storageKey, content, mediaType);
  return testDb().activityDocument.create({
    data: {
      activityId,
      kind: "REPORT",
      title: "Informe final",
      language,
      storageKey,
      originalName: "informe.pdf",
      mediaType,
      size: content.byteLength,
      sha256: "0".repeat(64),
    },
    select: { id: true },
  });
}

describe("search: languages, accents and files", () => {
  it('finds a Spanish "migración laboral" activity and a PDF that mentions it from "migracion laboral"', async () => {
    const rcp = await createRcp();
    const activity = await testDb().activity.create({
      data: {
        slug: `taller-${token()}`,
        title: { es: "Taller regional sobre migración laboral" },
        kind: "WORKSHOP",
        startDate: new Date("2030-03-02T00:00:00Z"),
        startPrecision: "DAY",
        rcps: { create: [{ rcpId: rcp.id, status: "ACCEPTED" }] },
      },
      select: { id: true, slug: true },
    });
    const document = await storedDocument(
      activity.id,
      await pdfWith("Conclusiones: la migracion laboral circular en la region andina."),
      "application/pdf",
    );
    expect(await testDb().documentText.findUnique({ where: { documentId: document.id } })).toMatchObject({
      status: "PENDING",
    });
    // Other test files leave documents due too (files never stored): run batches until this one is done.
    const statusOf = async () =>
      (await testDb().documentText.findUniqueOrThrow({ where: { documentId: document.id } })).status;
    for (let batch = 0; batch < 100 && (await statusOf()) === "PENDING"; batch++) {
      await extractDueTexts(testDb(), storage);
    }
    expect(await testDb().documentText.findUnique({ where: { documentId: document.id } })).toMatchObject({
      status: "DONE",
      text: expect.stringContaining("migracion laboral circular") as string,
    });

    const page = await search(null, { q: "migracion laboral", locale: "es", rcp: await slugOf(rcp.id) });
    expect(keys(page)).toEqual(
      expect.arrayContaining([`ACTIVITY:${activity.slug}`, `DOCUMENT:${document.id}`]),
    );
    const workshop = page.hits.find((hit) => hit.type === "ACTIVITY");
    expect(workshop?.title).toBe(
      `Taller regional sobre ${HIGHLIGHT_START}migración${HIGHLIGHT_STOP} ${HIGHLIGHT_START}laboral${HIGHLIGHT_STOP}`,
    );
    const report = page.hits.find((hit) => hit.type === "DOCUMENT");
    expect(report?.snippet).toContain(`${HIGHLIGHT_START}migracion${HIGHLIGHT_STOP}`);
    expect(report?.activitySlug).toBe(activity.slug);
  });

  it("marks a file that cannot be read as failed, once, and never tries it again", async () => {
    const rcp = await createRcp();
    const activity = await createActivityRecord({ hostRcpIds: [rcp.id] });
    const docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    const broken = await storedDocument(activity.id, new TextEncoder().encode("PK not a zip at all"), docx);
    await extractDueTexts(testDb(), storage);
    await extractDueTexts(testDb(), storage);
    expect(await testDb().documentText.findUnique({ where: { documentId: broken.id } })).toMatchObject({
      status: "FAILED",
      attempts: 1,
    });
  });

  it("does not index files it has no reader for (images), and keeps their title searchable", async () => {
    const rcp = await createRcp();
    const activity = await createActivityRecord({ hostRcpIds: [rcp.id] });
    const image = await storedDocument(activity.id, new Uint8Array([0x89, 0x50, 0x4e, 0x47]), "image/png");
    expect(await testDb().documentText.findUnique({ where: { documentId: image.id } })).toBeNull();
    const page = await search(null, {
      q: "informe final",
      locale: "es",
      type: "DOCUMENT",
      rcp: await slugOf(rcp.id),
    });
    expect(keys(page)).toContain(`DOCUMENT:${image.id}`);
  });
});

const slugOf = async (rcpId: string) =>
  (await testDb().rcp.findUniqueOrThrow({ where: { id: rcpId }, select: { slug: true } })).slug;

describe("search: names, former names, acronyms and typos", () => {
  it('finds Eswatini from "Swaziland", its former name', async () => {
    const page = await search(null, { q: "Swaziland", locale: "en" });
    expect(keys(page)[0]).toBe("COUNTRY:SZ");
    expect(page.hits[0]?.title).toBe("Eswatini");
  });

  it('finds the Budapest Process from a typo in a short query ("Budapset")', async () => {
    expect(keys(await search(null, { q: "Budapset", locale: "en" }))).toContain("RCP:budapest-process");
  });

  it('puts the process first for its acronym ("MIDSA"), in every language', async () => {
    for (const locale of ["en", "fr", "es"] as const) {
      expect(keys(await search(null, { q: "midsa", locale }))[0]).toBe("RCP:midsa");
    }
  });

  it("finds a process by its name in French, accents or not", async () => {
    expect(
      keys(await search(null, { q: "Dialogue sur la migration pour l'Afrique australe", locale: "fr" }))[0],
    ).toBe("RCP:midsa");
  });
});

describe("search: bad input gets a clear answer, never a 500", () => {
  it.each([
    ["10,000 characters", "a".repeat(10_000), "searchTooLong"],
    ["nothing but spaces", "   ", "searchEmpty"],
  ])("refuses %s with its reason", async (_, q, message) => {
    const error = await errorOf(search(null, { q }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain(message);
  });

  it("refuses control characters", async () => {
    for (const q of ["mig\u0000ration", "a\u0002b", "line\nbreak"]) {
      expect((await errorOf(search(null, { q }))).code).toBe("BAD_REQUEST");
    }
  });

  it("answers tsquery syntax and odd punctuation as words, without an error", async () => {
    for (const q of ["a & | ! (b", "'':* <-> !!", '"unclosed', "-", "OR", "\\", "%_"]) {
      const page = await search(null, { q });
      expect(Array.isArray(page.hits)).toBe(true);
    }
  });

  it("refuses impossible dates and an inverted range", async () => {
    expect((await errorOf(search(null, { q: "x", from: "2030-02-30" }))).code).toBe("BAD_REQUEST");
    expect((await errorOf(search(null, { q: "x", to: "2030-13-01" }))).code).toBe("BAD_REQUEST");
    expect((await errorOf(search(null, { q: "x", from: "2031-01-01", to: "2030-01-01" }))).code).toBe(
      "BAD_REQUEST",
    );
  });
});

describe("search: filters", () => {
  it("filters by type, process, theme and date", async () => {
    const word = token();
    const [rcp, other] = await Promise.all([createRcp(), createRcp()]);
    const theme = await testDb().theme.findFirstOrThrow({ select: { id: true, slug: true } });
    const early = await createActivityRecord({
      hostRcpIds: [rcp.id],
      title: `${word} early`,
      startDate: new Date("2030-01-10T00:00:00Z"),
    });
    const late = await createActivityRecord({
      hostRcpIds: [rcp.id],
      title: `${word} late`,
      startDate: new Date("2030-06-10T00:00:00Z"),
    });
    const elsewhere = await createActivityRecord({ hostRcpIds: [other.id], title: `${word} elsewhere` });
    await testDb().activityTheme.create({ data: { activityId: late.id, themeId: theme.id } });
    const rcpSlug = await slugOf(rcp.id);

    expect(keys(await search(null, { q: word, rcp: rcpSlug })).sort()).toEqual(
      [`ACTIVITY:${early.slug}`, `ACTIVITY:${late.slug}`].sort(),
    );
    expect(keys(await search(null, { q: word, theme: theme.slug }))).toEqual([`ACTIVITY:${late.slug}`]);
    expect(keys(await search(null, { q: word, from: "2030-05-01", to: "2030-12-31", rcp: rcpSlug }))).toEqual(
      [`ACTIVITY:${late.slug}`],
    );
    expect(keys(await search(null, { q: word, type: "DOCUMENT" }))).toEqual([]);
    expect(keys(await search(null, { q: word }))).toContain(`ACTIVITY:${elsewhere.slug}`);
  });
});

type TTier = "PUBLIC" | "ALL_SECRETARIATS" | "HOSTS";
const TIERS: readonly TTier[] = ["PUBLIC", "ALL_SECRETARIATS", "HOSTS"];
const ACTORS = [
  "anonymous",
  "otherEditor",
  "otherViewer",
  "hostEditor",
  "hostViewer",
  "coHost",
  "admin",
] as const;
type TActor = (typeof ACTORS)[number];
const RANK: Record<TTier, number> = { PUBLIC: 0, ALL_SECRETARIATS: 1, HOSTS: 2 };
// What each actor may see: anonymous the public tier, any secretariat also the secretariats' tier,
// hosts (and co-hosts) and administrators everything.
const WIDEST: Record<TActor, TTier> = {
  anonymous: "PUBLIC",
  otherEditor: "ALL_SECRETARIATS",
  otherViewer: "ALL_SECRETARIATS",
  hostEditor: "HOSTS",
  hostViewer: "HOSTS",
  coHost: "HOSTS",
  admin: "HOSTS",
};

describe("search: tier markers for every actor", () => {
  const word = token();
  const users = {} as Record<TActor, TSessionUser | null>;
  const expected = {} as Record<TActor, string[]>;
  const all: string[] = [];

  beforeAll(async () => {
    const [host, coHost, other] = await Promise.all([createRcp(), createRcp(), createRcp()]);
    Object.assign(users, {
      anonymous: null,
      otherEditor: await createUser({ staff: [{ rcpId: other.id, role: "EDITOR" }] }),
      otherViewer: await createUser({ staff: [{ rcpId: other.id, role: "VIEWER" }] }),
      hostEditor: await createUser({ staff: [{ rcpId: host.id, role: "EDITOR" }] }),
      hostViewer: await createUser({ staff: [{ rcpId: host.id, role: "VIEWER" }] }),
      coHost: await createUser({ staff: [{ rcpId: coHost.id, role: "EDITOR" }] }),
      admin: await createUser({ platformRole: "ADMIN" }),
    });
    for (const actor of ACTORS) expected[actor] = [];
    for (const tier of TIERS) {
      const activity = await createActivityRecord({
        hostRcpIds: [host.id, coHost.id],
        visibility: tier,
        title: `${word} ${tier} activity`,
      });
      const marker = `ACTIVITY:${activity.slug}`;
      all.push(marker);
      for (const actor of ACTORS) if (RANK[tier] <= RANK[WIDEST[actor]]) expected[actor].push(marker);
      // A document of every tier under every tier: the narrower of the two decides (a wider one
      // exists when its activity was made narrower after the upload).
      for (const documentTier of TIERS) {
        const document = await createDocumentRecord({
          activityId: activity.id,
          visibility: documentTier,
          title: `${word} ${documentTier} document`,
        });
        const documentMarker = `DOCUMENT:${document.id}`;
        all.push(documentMarker);
        const narrower = Math.max(RANK[tier], RANK[documentTier]);
        for (const actor of ACTORS) if (narrower <= RANK[WIDEST[actor]]) expected[actor].push(documentMarker);
      }
    }
  });

  it.each(ACTORS)("%s finds exactly the tiers they may see", async (actor) => {
    const page = await search(users[actor], { q: word, locale: "en" });
    expect(keys(page).sort()).toEqual([...expected[actor]].sort());
    // Each marker's absence is as deliberate as its presence.
    for (const marker of all) expect(keys(page).includes(marker)).toBe(expected[actor].includes(marker));
  });

  it("stops finding an activity made narrower, at once", async () => {
    const rcp = await createRcp();
    const marker = token();
    const activity = await createActivityRecord({ hostRcpIds: [rcp.id], title: `${marker} later private` });
    expect(keys(await search(null, { q: marker }))).toEqual([`ACTIVITY:${activity.slug}`]);
    await testDb().activity.update({ where: { id: activity.id }, data: { visibility: "HOSTS" } });
    expect(keys(await search(null, { q: marker }))).toEqual([]);
    expect(keys(await search(users.otherEditor, { q: marker }))).toEqual([]);
  });
});
