import { type TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { readSeedData } from "../../prisma/seed/read-seed-data";
import type { TConflictDetails } from "~/domain/rcp/conflict";
import { canonicalProfile } from "~/domain/rcp/profile-canonical";
import { diffProfiles } from "~/domain/rcp/profile-diff";
import { withKnownVocabulary } from "~/domain/rcp/profile-schema";
import { readEditVocabulary } from "~/server/rcp/editable";
import type { DomainError } from "~/server/errors";
import { testDb } from "../support/db";
import { callerFor, createCast, createRcp, createUser } from "../support/factories";
import { changed, editableOf, saveChange } from "../support/profiles";
import { errorOf } from "../support/trpc-error";

/** Everything a save writes for one RCP: its row and lists, its revisions and its audit entries. */
async function stateOf(rcpId: string) {
  const db = testDb();
  const [rcp, revisions, audit] = await Promise.all([
    db.rcp.findUnique({
      where: { id: rcpId },
      include: {
        priorities: true,
        memberships: true,
        secretariatHosts: true,
        chairTerms: true,
        foundingDocuments: true,
        themes: true,
        annexBAnswers: true,
      },
    }),
    db.rcpRevision.findMany({ where: { rcpId }, orderBy: { version: "asc" } }),
    db.auditLog.findMany({ where: { rcpId }, orderBy: { createdAt: "asc" } }),
  ]);
  return { rcp, revisions, audit };
}

const seededSlugs = async () => (await readSeedData()).rcps.map((rcp) => rcp.slug);

async function editorOfNewRcp() {
  const rcp = await createRcp();
  const editor = await createUser({ staff: [{ rcpId: rcp.id, role: "EDITOR" }] });
  return { rcp, editor, caller: callerFor(editor) };
}

describe("rcp.getEditable", () => {
  it("gives every profile of the reference data in a shape the form accepts and saves unchanged", async () => {
    const db = testDb();
    const seeded = await db.rcp.findMany({
      where: { slug: { in: await seededSlugs() } },
      select: { id: true, slug: true },
    });
    expect(seeded).toHaveLength(14);
    const vocabulary = await readEditVocabulary(db);
    const schema = withKnownVocabulary({
      organisationCodes: new Set(vocabulary.organisations.map((organisation) => organisation.code)),
      themeSlugs: new Set(vocabulary.themes.map((theme) => theme.slug)),
    });
    for (const rcp of seeded) {
      const state = await editableOf(rcp.id);
      const parsed = schema.safeParse(state.data);
      expect(parsed.error?.issues ?? [], rcp.slug).toEqual([]);
      // What the form shows is exactly what is stored: saving it unchanged finds nothing to change.
      expect(diffProfiles(state.data, canonicalProfile(parsed.data!)), rcp.slug).toEqual([]);
    }
  });
});

describe("rcp.update", () => {
  it("saves every field, bumps the version, records the revision and the audit entry", async () => {
    const { rcp, editor, caller } = await editorOfNewRcp();
    const input = await changed(rcp.id, (data) => {
      data.shortName = "MIDSA";
      data.description = { en: "Seven main themes.", fr: "Sept thèmes principaux.", es: "" };
      data.priorities = [{ en: "Migration and Development", fr: "", es: "Migración y desarrollo" }];
      data.memberships = [
        { code: "ZA", role: "MEMBER", start: "2000", end: "" },
        { code: "sadc", role: "OBSERVER", start: "", end: "" },
      ];
      data.secretariatHosts = [{ code: "iom" }];
      data.chairTerms = [{ code: "BW", role: "CHAIR", start: "2005-04", end: "2006-03-31" }];
      data.mainAreaThemes = ["labour-migration"];
      data.priorityThemes = ["migration-and-development"];
      data.foundingDocuments = [
        { title: "Conclusions of the First MIDSA Forum", year: 2000, kind: "RECOMMENDATIONS" },
      ];
      data.developmentGroup = "THEMATIC_PRIORITY";
      data.annexB.RESEARCH = { status: "ANSWER", text: { en: "Joint research with SAMP.", fr: "", es: "" } };
      data.annexB.GFMD_LINK = { status: "NO_RESPONSE", text: { en: "", fr: "", es: "" } };
    });

    const result = await caller.rcp.update(input);

    expect(result.version).toBe(rcp.version + 1);
    const reread = await editableOf(rcp.id);
    expect(reread.version).toBe(rcp.version + 1);
    expect(reread.data).toEqual(input.data);

    const { revisions, audit } = await stateOf(rcp.id);
    // The first save keeps the state before it (the RCP as it was created) as the starting point.
    expect(revisions.map((r) => [r.version, r.authorId])).toEqual([
      [rcp.version, null],
      [rcp.version + 1, editor.id],
    ]);
    expect(revisions[0]?.changes).toEqual([]);
    expect(revisions[1]?.snapshot).toEqual(input.data);
    const changes = revisions[1]?.changes as { field: string; before: unknown; after: unknown }[];
    expect(changes.map((change) => change.field)).toEqual([
      "shortName",
      "description",
      "priorities",
      "memberships",
      "secretariatHosts",
      "chairTerms",
      "mainAreaThemes",
      "priorityThemes",
      "foundingDocuments",
      "developmentGroup",
      "annexB.RESEARCH",
      "annexB.GFMD_LINK",
    ]);
    expect(changes[1]).toEqual({
      field: "description",
      before: { en: "A process created by a test.", fr: "", es: "" },
      after: { en: "Seven main themes.", fr: "Sept thèmes principaux.", es: "" },
    });
    expect(audit.map((entry) => [entry.action, entry.actorId, entry.targetId])).toEqual([
      ["rcp.update", editor.id, rcp.id],
    ]);
    expect(audit[0]?.details).toMatchObject({ version: rcp.version + 1 });
  });

  it("stores only the translations that were written", async () => {
    const { rcp, caller } = await editorOfNewRcp();
    await caller.rcp.update(
      await changed(rcp.id, (data) => {
        data.description = { en: "English only", fr: "", es: "" };
        data.membersNote = { en: "", fr: "", es: "" };
      }),
    );
    const { rcp: row } = await stateOf(rcp.id);
    expect(row?.description).toEqual({ en: "English only" });
    expect(row?.membersNote).toBeNull();
  });

  it("shows the edit on the public profile with who made it", async () => {
    const { rcp, editor, caller } = await editorOfNewRcp();
    await caller.rcp.update(await changed(rcp.id, (data) => (data.shortName = "Edited short name")));
    const profile = await callerFor(null).rcp.get({ slug: rcp.slug });
    expect(profile.shortName).toBe("Edited short name");
    expect(profile.lastRevision?.authorName).toBe(editor.name);
  });

  it("adds a state named for the first time, and refuses an unknown organisation", async () => {
    const { rcp, caller } = await editorOfNewRcp();
    await caller.rcp.update(
      await changed(rcp.id, (data) => {
        data.memberships = [{ code: "AQ", role: "OBSERVER", start: "", end: "" }];
      }),
    );
    expect((await editableOf(rcp.id)).data.memberships.map((m) => m.code)).toEqual(["AQ"]);

    const before = await stateOf(rcp.id);
    const error = await errorOf(
      caller.rcp.update(
        await changed(rcp.id, (data) => {
          data.memberships = [{ code: "no-such-organisation", role: "OBSERVER", start: "", end: "" }];
        }),
      ),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(await stateOf(rcp.id)).toEqual(before);
    expect(await testDb().participant.count({ where: { code: "no-such-organisation" } })).toBe(0);
  });

  it("writes nothing when nothing changed", async () => {
    const { rcp, caller } = await editorOfNewRcp();
    const { version, data } = await editableOf(rcp.id);
    const result = await caller.rcp.update({ rcpId: rcp.id, version, data });
    expect(result).toMatchObject({ version, changes: [] });
    expect((await stateOf(rcp.id)).revisions).toEqual([]);
  });

  it("refuses a save based on an older version, with what changed since, and changes nothing", async () => {
    const { rcp, editor, caller } = await editorOfNewRcp();
    const original = (await editableOf(rcp.id)).data.shortName;
    const stale = await changed(rcp.id, (data) => (data.acronym = "MINE"));
    await saveChange(rcp.id, editor.id, (data) => (data.shortName = "Theirs"));
    const before = await stateOf(rcp.id);

    const error = await errorOf(caller.rcp.update(stale));

    expect(error.code).toBe("CONFLICT");
    const details = (error.cause as DomainError).details as TConflictDetails;
    expect(details.current.version).toBe(rcp.version + 1);
    expect(details.current.data.shortName).toBe("Theirs");
    expect(details.changes).toEqual([{ field: "shortName", before: original, after: "Theirs" }]);
    expect(await stateOf(rcp.id)).toEqual(before);
  });

  it("lets exactly one of two simultaneous saves of the same version through", async () => {
    const { rcp, caller } = await editorOfNewRcp();
    const first = await changed(rcp.id, (data) => (data.shortName = "First"));
    const second = await changed(rcp.id, (data) => (data.shortName = "Second"));

    const results = await Promise.allSettled([caller.rcp.update(first), caller.rcp.update(second)]);

    const fulfilled = results.filter((result) => result.status === "fulfilled");
    const rejected = results.flatMap((result) =>
      result.status === "rejected" ? [result.reason as unknown] : [],
    );
    expect(fulfilled).toHaveLength(1);
    expect(rejected.map((reason) => (reason as TRPCError).code)).toEqual(["CONFLICT"]);
    const { rcp: row, revisions, audit } = await stateOf(rcp.id);
    expect(row?.version).toBe(rcp.version + 1);
    expect(revisions.map((revision) => revision.version)).toEqual([rcp.version, rcp.version + 1]);
    expect(audit).toHaveLength(1);
    expect(["First", "Second"]).toContain(row?.shortName);
  });

  it("refuses another RCP's editor (NOT_FOUND) and a viewer (FORBIDDEN), changing nothing", async () => {
    const { rcp, users } = await createCast();
    const input = await changed(rcp.id, (data) => (data.shortName = "Not allowed"));
    const before = await stateOf(rcp.id);
    expect((await errorOf(callerFor(users.outsider).rcp.update(input))).code).toBe("NOT_FOUND");
    expect((await errorOf(callerFor(users.viewer).rcp.update(input))).code).toBe("FORBIDDEN");
    expect((await errorOf(callerFor(users.outsider).rcp.getEditable({ rcpId: rcp.id }))).code).toBe(
      "NOT_FOUND",
    );
    expect(await stateOf(rcp.id)).toEqual(before);
  });

  it("refuses oversized or wrongly typed input with BAD_REQUEST, changing nothing", async () => {
    const { rcp, caller } = await editorOfNewRcp();
    const before = await stateOf(rcp.id);
    const invalid = [
      await changed(rcp.id, (data) => (data.name = "n".repeat(201))),
      await changed(rcp.id, (data) => (data.description.en = "d".repeat(10_001))),
      await changed(rcp.id, (data) => {
        data.priorities = Array.from({ length: 31 }, (_, index) => ({ en: `Priority ${index}` }));
      }),
      await changed(rcp.id, (data) => (data.website = "http://insecure.example.org")),
      await changed(
        rcp.id,
        (data) => (data.memberships = [{ code: "TH", role: "MEMBER", start: "2003-13", end: "" }]),
      ),
      { ...(await changed(rcp.id, () => {})), version: "1" },
      { ...(await changed(rcp.id, () => {})), data: { shortName: "Only a part" } },
    ];
    for (const input of invalid) {
      expect((await errorOf(caller.rcp.update(input as never))).code).toBe("BAD_REQUEST");
    }
    expect(await stateOf(rcp.id)).toEqual(before);
  });
});

describe("rcp.restoreRevision", () => {
  it("puts an earlier version back as a new revision equal to its snapshot", async () => {
    const { rcp, editor, caller } = await editorOfNewRcp();
    await saveChange(rcp.id, editor.id, (data) => (data.shortName = "Second name"));
    await saveChange(rcp.id, editor.id, (data) => {
      data.shortName = "Third name";
      data.priorities = [{ en: "A new priority" }];
    });
    const { revisions: before } = await stateOf(rcp.id);
    const target = before.find((revision) => revision.version === rcp.version + 1);
    const current = await editableOf(rcp.id);

    const result = await caller.rcp.restoreRevision({
      rcpId: rcp.id,
      version: current.version,
      revisionVersion: rcp.version + 1,
    });

    expect(result.version).toBe(current.version + 1);
    expect((await editableOf(rcp.id)).data).toEqual(target?.snapshot);
    const { revisions, audit } = await stateOf(rcp.id);
    const restored = revisions.at(-1);
    expect(restored).toMatchObject({
      version: current.version + 1,
      authorId: editor.id,
      restoredFromVersion: rcp.version + 1,
      snapshot: target?.snapshot,
    });
    expect((restored?.changes as { field: string }[]).map((change) => change.field)).toEqual([
      "shortName",
      "priorities",
    ]);
    expect(audit.at(-1)?.action).toBe("rcp.restoreRevision");
  });

  it("is refused on an old version and for an unknown revision", async () => {
    const { rcp, editor, caller } = await editorOfNewRcp();
    await saveChange(rcp.id, editor.id, (data) => (data.shortName = "Second name"));
    const before = await stateOf(rcp.id);
    const stale = caller.rcp.restoreRevision({
      rcpId: rcp.id,
      version: rcp.version,
      revisionVersion: rcp.version,
    });
    expect((await errorOf(stale)).code).toBe("CONFLICT");
    const unknown = caller.rcp.restoreRevision({
      rcpId: rcp.id,
      version: rcp.version + 1,
      revisionVersion: 99,
    });
    expect((await errorOf(unknown)).code).toBe("NOT_FOUND");
    expect(await stateOf(rcp.id)).toEqual(before);
  });
});

describe("rcp.listRevisions", () => {
  it("lists revisions newest first with their author, page by page", async () => {
    const { rcp, editor, caller } = await editorOfNewRcp();
    for (const name of ["Two", "Three", "Four"])
      await saveChange(rcp.id, editor.id, (data) => (data.shortName = name));

    const first = await caller.rcp.listRevisions({ rcpId: rcp.id, limit: 2 });
    expect(first.currentVersion).toBe(rcp.version + 3);
    expect(first.items.map((item) => item.version)).toEqual([rcp.version + 3, rcp.version + 2]);
    expect(first.items[0]).toMatchObject({
      authorName: editor.name,
      isStartingPoint: false,
      changes: [{ field: "shortName", before: "Three", after: "Four" }],
    });
    expect(first.nextBefore).toBe(rcp.version + 2);

    const second = await caller.rcp.listRevisions({ rcpId: rcp.id, limit: 2, before: first.nextBefore! });
    expect(second.items.map((item) => [item.version, item.isStartingPoint])).toEqual([
      [rcp.version + 1, false],
      [rcp.version, true],
    ]);
    expect(second.nextBefore).toBeNull();
  });

  it("shows one RCP's history to its own staff only", async () => {
    const { rcp, users } = await createCast();
    await saveChange(rcp.id, users.editor.id, (data) => (data.shortName = "Edited"));
    expect((await callerFor(users.viewer).rcp.listRevisions({ rcpId: rcp.id })).items).toHaveLength(2);
    expect((await errorOf(callerFor(users.outsider).rcp.listRevisions({ rcpId: rcp.id }))).code).toBe(
      "NOT_FOUND",
    );
  });
});
