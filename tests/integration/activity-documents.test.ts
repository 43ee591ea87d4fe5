// Documents through their real routes: the upload (multipart, with a session cookie, as the page
// sends it) and the download, with the tier marker matrix over every actor.
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { TVisibility } from "~/domain/activity/vocabulary";
import { testDb } from "../support/db";
import {
  callerFor,
  createActivityRecord,
  createDocumentRecord,
  createRcp,
  createUser,
} from "../support/factories";
import { callRoute } from "../support/route-request";
import { errorOf } from "../support/trpc-error";
import { BAD_FILES, GOOD_FILES, PDF } from "../support/sample-files";
import { sessionCookie } from "../support/session-cookie";

const { APP_URL, SECRET } = vi.hoisted(() => {
  const env = { APP_URL: "http://localhost:3000", SECRET: "a test secret that is long enough for next-auth" };
  process.env.NEXTAUTH_URL = env.APP_URL;
  process.env.NEXTAUTH_SECRET = env.SECRET;
  return env;
});
// A folder of this file's own, so what is stored (and what is not) can be counted.
const documentsDir = mkdtempSync(path.join(tmpdir(), "rcp-documents-"));
process.env.DOCUMENTS_DIR = documentsDir;

const { POST: upload } = await import("~/app/api/activities/[activityId]/documents/route");
const { GET: download } = await import("~/app/api/documents/[id]/route");
const { localStorage } = await import("~/server/storage/local-storage");

type TUser = Awaited<ReturnType<typeof createUser>>;

async function cookieOf(user: TUser | null): Promise<Record<string, string>> {
  if (!user) return {};
  const row = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
  return { cookie: await sessionCookie(row, SECRET) };
}

type TUploadOptions = {
  file?: { name: string; content: Uint8Array<ArrayBuffer>; type?: string } | null;
  fields?: Record<string, string>;
  headers?: Record<string, string>;
  locale?: string;
};

async function send(activityId: string, user: TUser | null, options: TUploadOptions = {}) {
  const form = new FormData();
  const fields = {
    kind: "RECOMMENDATIONS",
    title: "Recommendations",
    language: "en",
    date: "2030-05-13",
    visibility: "PUBLIC",
    ...options.fields,
  };
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  const file = options.file === undefined ? { name: "recommendations.pdf", content: PDF } : options.file;
  if (file) form.set("file", new File([file.content], file.name, { type: file.type ?? "application/pdf" }));
  const request = new Request(
    `${APP_URL}/api/activities/${activityId}/documents?locale=${options.locale ?? "en"}`,
    {
      method: "POST",
      body: form,
      headers: { origin: APP_URL, ...(await cookieOf(user)), ...options.headers },
    },
  );
  const response = await callRoute(upload, request, { activityId });
  return {
    status: response.status,
    body: (await response.json()) as { id?: string; message?: string; fieldErrors?: Record<string, string> },
  };
}

async function fetchDocument(id: string, user: TUser | null) {
  const request = new Request(`${APP_URL}/api/documents/${id}`, { headers: await cookieOf(user) });
  const response = await callRoute(download, request, { id });
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

const storedFiles = async () =>
  (await readdir(path.join(documentsDir, "activity-documents")).catch(() => [])).filter(
    (f) => !f.endsWith(".partial"),
  );

async function scene(visibility: TVisibility = "PUBLIC") {
  const rcp = await createRcp();
  const cohostRcp = await createRcp();
  const otherRcp = await createRcp();
  const users = {
    anonymous: null,
    outsiderEditor: await createUser({ staff: [{ rcpId: otherRcp.id, role: "EDITOR" }] }),
    outsiderViewer: await createUser({ staff: [{ rcpId: otherRcp.id, role: "VIEWER" }] }),
    hostEditor: await createUser({ staff: [{ rcpId: rcp.id, role: "EDITOR" }] }),
    hostViewer: await createUser({ staff: [{ rcpId: rcp.id, role: "VIEWER" }] }),
    cohost: await createUser({ staff: [{ rcpId: cohostRcp.id, role: "EDITOR" }] }),
    admin: await createUser({ platformRole: "ADMIN" }),
  };
  const hostRcpIds = [rcp.id, cohostRcp.id];
  const activity = await createActivityRecord({ hostRcpIds, visibility });
  return { hostRcpIds, users, activity };
}

describe("uploading a document", () => {
  it("accepts one good file of each family, stores it under a generated name and records it", async () => {
    const { users, activity } = await scene();
    for (const file of GOOD_FILES) {
      const { status, body } = await send(activity.id, users.hostEditor, {
        file: { ...file, type: "application/octet-stream" },
      });
      expect([file.name, status]).toEqual([file.name, 201]);
      const row = await testDb().activityDocument.findUniqueOrThrow({ where: { id: body.id! } });
      expect(row).toMatchObject({
        mediaType: file.mediaType,
        originalName: file.name,
        size: file.content.byteLength,
      });
      expect(row.storageKey).not.toContain(file.name);
      const fetched = await fetchDocument(row.id, null);
      expect(fetched.bytes).toEqual(file.content);
    }
  });

  it("lets a co-host's editor and an administrator upload too", async () => {
    const { users, activity } = await scene("HOSTS");
    expect((await send(activity.id, users.cohost, { fields: { visibility: "HOSTS" } })).status).toBe(201);
    expect((await send(activity.id, users.admin, { fields: { visibility: "HOSTS" } })).status).toBe(201);
  });

  it.each(BAD_FILES)(
    "refuses $name whose content is not an accepted type, on the file field",
    async (bad) => {
      const { users, activity } = await scene();
      const before = await storedFiles();
      const { status, body } = await send(activity.id, users.hostEditor, {
        file: { name: bad.name, content: bad.content, type: bad.claimed },
        locale: "fr",
      });
      expect(status).toBe(415);
      expect(body.fieldErrors?.file).toMatch(/^Ce type de fichier n’est pas accepté/);
      expect(await testDb().activityDocument.count({ where: { activityId: activity.id } })).toBe(0);
      expect(await storedFiles()).toEqual(before);
    },
  );

  it("refuses a body over 25 MB from its declared length, and a file over 25 MB as it arrives", async () => {
    const { users, activity } = await scene();
    const declared = await send(activity.id, users.hostEditor, {
      headers: { "content-length": String(30 * 1024 * 1024) },
      locale: "es",
    });
    expect(declared.status).toBe(413);
    expect(declared.body.fieldErrors?.file).toMatch(/^Este archivo supera los 25 MB/);

    const big = new Uint8Array(25 * 1024 * 1024 + 1);
    big.set(PDF);
    const before = await storedFiles();
    const actual = await send(activity.id, users.hostEditor, { file: { name: "big.pdf", content: big } });
    expect(actual.status).toBe(413);
    expect(actual.body.fieldErrors?.file).toMatch(/larger than 25 MB/);
    expect(await testDb().activityDocument.count({ where: { activityId: activity.id } })).toBe(0);
    expect(await storedFiles()).toEqual(before);
  });

  it("refuses a document visible to more people than its activity, on the visibility field", async () => {
    const { users, activity } = await scene("ALL_SECRETARIATS");
    const before = await storedFiles();
    const { status, body } = await send(activity.id, users.hostEditor, { fields: { visibility: "PUBLIC" } });
    expect(status).toBe(400);
    expect(body.fieldErrors?.visibility).toMatch(/cannot be visible to more people than its activity/);
    expect(await testDb().activityDocument.count({ where: { activityId: activity.id } })).toBe(0);
    expect(await storedFiles()).toEqual(before);
  });

  it("refuses missing or bad metadata on its field", async () => {
    const { users, activity } = await scene();
    const { status, body } = await send(activity.id, users.hostEditor, {
      fields: { title: " ", date: "13/05/2030", kind: "MEMO" },
    });
    expect(status).toBe(400);
    expect(body.fieldErrors).toEqual({
      title: "Give the document a title.",
      date: "Enter a date such as 2026-05-12.",
      kind: "Choose one of the options.",
    });
    const noFile = await send(activity.id, users.hostEditor, { file: null });
    expect(noFile.body.fieldErrors?.file).toBe("Choose a file to upload.");
  });

  it("answers a body that is not a complete multipart form with 400, never a 500", async () => {
    const { users, activity } = await scene();
    for (const [contentType, body] of [
      [
        "multipart/form-data; boundary=x",
        '--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF',
      ],
      ["application/json", "{}"],
      ["multipart/form-data; boundary=x", ""],
    ] as const) {
      const request = new Request(`${APP_URL}/api/activities/${activity.id}/documents`, {
        method: "POST",
        body,
        headers: { origin: APP_URL, "content-type": contentType, ...(await cookieOf(users.hostEditor)) },
      });
      const response = await callRoute(upload, request, { activityId: activity.id });
      expect([contentType, response.status]).toEqual([contentType, 400]);
      expect(((await response.json()) as { fieldErrors: Record<string, string> }).fieldErrors.file).toBe(
        "The upload did not arrive complete. Try again.",
      );
    }
    expect(await testDb().activityDocument.count({ where: { activityId: activity.id } })).toBe(0);
  });

  it("refuses another site, the signed-out, other secretariats and viewers; nothing is stored", async () => {
    const { users, activity } = await scene();
    const hidden = await createActivityRecord({ hostRcpIds: [(await createRcp()).id], visibility: "HOSTS" });
    const before = await storedFiles();
    expect(
      (await send(activity.id, users.hostEditor, { headers: { origin: "http://evil.example" } })).status,
    ).toBe(403);
    expect((await send(activity.id, null)).status).toBe(401);
    expect((await send(activity.id, users.outsiderEditor)).status).toBe(403);
    expect((await send(activity.id, users.hostViewer)).status).toBe(403);
    // An activity the uploader may not see does not exist for them, as one that does not exist.
    const unseen = await send(hidden.id, users.outsiderEditor);
    const missing = await send("no-such-activity", users.outsiderEditor);
    expect([unseen.status, missing.status]).toEqual([404, 404]);
    expect(unseen.body).toEqual(missing.body);
    expect(
      await testDb().activityDocument.count({ where: { activityId: { in: [activity.id, hidden.id] } } }),
    ).toBe(0);
    expect(await storedFiles()).toEqual(before);
  });
});

describe("downloading a document", () => {
  const TIERS: TVisibility[] = ["PUBLIC", "ALL_SECRETARIATS", "HOSTS"];
  const RANK = { PUBLIC: 0, ALL_SECRETARIATS: 1, HOSTS: 2 } as const;
  const SEES: Record<TVisibility, Record<string, boolean>> = {
    PUBLIC: {
      anonymous: true,
      outsiderEditor: true,
      outsiderViewer: true,
      hostEditor: true,
      hostViewer: true,
      cohost: true,
      admin: true,
    },
    ALL_SECRETARIATS: {
      anonymous: false,
      outsiderEditor: true,
      outsiderViewer: true,
      hostEditor: true,
      hostViewer: true,
      cohost: true,
      admin: true,
    },
    HOSTS: {
      anonymous: false,
      outsiderEditor: false,
      outsiderViewer: false,
      hostEditor: true,
      hostViewer: true,
      cohost: true,
      admin: true,
    },
  };

  it("gives each document's file exactly to whom the narrower of its tier and its activity's allows", async () => {
    const { users, hostRcpIds } = await scene();
    const cases: { id: string; marker: string; effective: TVisibility }[] = [];
    for (const activityTier of TIERS) {
      // Every pair, wider documents included: they exist once an activity is narrowed after upload.
      const activity = await createActivityRecord({ hostRcpIds, visibility: "PUBLIC" });
      for (const documentTier of TIERS) {
        const marker = `marker-${activityTier}-${documentTier}-${randomUUID()}`;
        const { body, status } = await send(activity.id, users.hostEditor, {
          fields: { visibility: documentTier },
          file: {
            name: `${marker}.pdf`,
            content: new Uint8Array(Buffer.concat([Buffer.from(PDF), Buffer.from(marker)])),
          },
        });
        expect(status).toBe(201);
        const effective = RANK[documentTier] >= RANK[activityTier] ? documentTier : activityTier;
        cases.push({ id: body.id!, marker, effective });
      }
      await testDb().activity.update({ where: { id: activity.id }, data: { visibility: activityTier } });
    }
    const missing = await fetchDocument("no-such-document", null);
    for (const [actor, user] of Object.entries(users)) {
      for (const { id, marker, effective } of cases) {
        const { response, bytes } = await fetchDocument(id, user);
        const sees = SEES[effective][actor];
        expect([actor, effective, response.status]).toEqual([actor, effective, sees ? 200 : 404]);
        expect(Buffer.from(bytes).includes(marker)).toBe(sees);
        // Hidden and missing are the same answer.
        if (!sees) expect(Buffer.from(bytes)).toEqual(Buffer.from(missing.bytes));
      }
    }
  });

  it("lists to each actor exactly the documents the download would give them", async () => {
    const { users, hostRcpIds } = await scene();
    const markers = new Map<string, TVisibility>();
    const activities: string[] = [];
    for (const activityTier of TIERS) {
      const activity = await createActivityRecord({ hostRcpIds, visibility: "PUBLIC" });
      activities.push(activity.id);
      for (const documentTier of TIERS) {
        const marker = `list-marker-${activityTier}-${documentTier}-${randomUUID()}`;
        await createDocumentRecord({ activityId: activity.id, visibility: documentTier, title: marker });
        markers.set(marker, RANK[documentTier] >= RANK[activityTier] ? documentTier : activityTier);
      }
      await testDb().activity.update({ where: { id: activity.id }, data: { visibility: activityTier } });
    }
    for (const [actor, user] of Object.entries(users)) {
      const listed = new Set<string>();
      for (const activityId of activities) {
        const documents = await callerFor(user)
          .activityDocument.list({ activityId })
          .catch(() => []);
        for (const document of documents) listed.add(document.title);
      }
      for (const [marker, effective] of markers) {
        expect([actor, marker, listed.has(marker)]).toEqual([actor, marker, SEES[effective][actor]]);
      }
    }
  });

  it("narrows an activity's documents when the activity is narrowed", async () => {
    const { users, activity } = await scene();
    const { body } = await send(activity.id, users.hostEditor);
    expect((await fetchDocument(body.id!, null)).response.status).toBe(200);
    await testDb().activity.update({ where: { id: activity.id }, data: { visibility: "HOSTS" } });
    expect((await fetchDocument(body.id!, null)).response.status).toBe(404);
    expect((await fetchDocument(body.id!, users.outsiderEditor)).response.status).toBe(404);
    expect((await fetchDocument(body.id!, users.hostViewer)).response.status).toBe(200);
  });

  it("sends the file as an attachment under its original name, with its type, nosniff, and no caching unless public", async () => {
    const { users, activity, hostRcpIds } = await scene("ALL_SECRETARIATS");
    const name = 'Déclaration "finale" ; 2030.pdf';
    const { body } = await send(activity.id, users.hostEditor, {
      fields: { visibility: "ALL_SECRETARIATS" },
      file: { name, content: PDF, type: "text/html" },
    });
    const { response } = await fetchDocument(body.id!, users.hostViewer);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const disposition = response.headers.get("content-disposition")!;
    expect(disposition).toMatch(/^attachment; /);
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent(name).replace(/'/g, "%27")}`);
    expect(disposition).not.toMatch(/[\r\n]/);

    const publicActivity = await createActivityRecord({ hostRcpIds });
    const open = await send(publicActivity.id, users.hostEditor);
    expect((await fetchDocument(open.body.id!, null)).response.headers.get("cache-control")).not.toContain(
      "no-store",
    );
  });
});

describe("editing a document's description", () => {
  const data = {
    kind: "AGENDA",
    title: "Agenda",
    language: "fr",
    date: "2030-05-12",
    visibility: "HOSTS",
  } as const;

  it("saves it based on its version, audited; a stale save is a CONFLICT and changes nothing", async () => {
    const { users, activity } = await scene();
    const { body } = await send(activity.id, users.hostEditor);
    const caller = callerFor(users.cohost);
    expect(await caller.activityDocument.update({ documentId: body.id!, version: 1, data })).toEqual({
      version: 2,
    });
    const stale = await errorOf(
      caller.activityDocument.update({ documentId: body.id!, version: 1, data: { ...data, title: "Lost" } }),
    );
    expect(stale.code).toBe("CONFLICT");
    const row = await testDb().activityDocument.findUniqueOrThrow({ where: { id: body.id! } });
    expect(row).toMatchObject({
      title: "Agenda",
      kind: "AGENDA",
      language: "fr",
      visibility: "HOSTS",
      version: 2,
    });
    expect(
      await testDb().auditLog.count({
        where: { targetId: body.id!, action: { startsWith: "activityDocument." } },
      }),
    ).toBe(2);
  });

  it("refuses a tier wider than the activity's on the visibility field", async () => {
    const { users, activity } = await scene("ALL_SECRETARIATS");
    const { body } = await send(activity.id, users.hostEditor, { fields: { visibility: "HOSTS" } });
    const refused = await errorOf(
      callerFor(users.hostEditor).activityDocument.update({
        documentId: body.id!,
        version: 1,
        data: { ...data, visibility: "PUBLIC" },
      }),
    );
    expect(refused).toMatchObject({ code: "BAD_REQUEST", message: "documentWiderThanActivity" });
    expect((await testDb().activityDocument.findUniqueOrThrow({ where: { id: body.id! } })).visibility).toBe(
      "HOSTS",
    );
  });
});

describe("deleting", () => {
  it("removes a document's file with the document", async () => {
    const { users, activity } = await scene();
    const { body } = await send(activity.id, users.hostEditor);
    const { storageKey } = await testDb().activityDocument.findUniqueOrThrow({ where: { id: body.id! } });
    const storage = localStorage(documentsDir);
    await callerFor(users.hostEditor, { storage }).activityDocument.delete({
      documentId: body.id!,
      version: 1,
    });
    expect(await storage.get(storageKey)).toBeNull();
    expect((await fetchDocument(body.id!, users.hostEditor)).response.status).toBe(404);
  });

  it("removes an activity's files with the activity", async () => {
    const { users, activity } = await scene();
    const ids = [
      (await send(activity.id, users.hostEditor)).body.id!,
      (await send(activity.id, users.hostEditor)).body.id!,
    ];
    const keys = (await testDb().activityDocument.findMany({ where: { id: { in: ids } } })).map(
      (d) => d.storageKey,
    );
    const storage = localStorage(documentsDir);
    for (const key of keys) expect(await storage.get(key)).not.toBeNull();
    await callerFor(users.hostEditor, { storage }).activity.delete({
      activityId: activity.id,
      version: activity.version,
    });
    for (const key of keys) expect(await storage.get(key)).toBeNull();
    expect(await testDb().activityDocument.count({ where: { id: { in: ids } } })).toBe(0);
  });

  it("deletes the activity even when a file cannot be removed, and logs it", async () => {
    const { users, activity } = await scene();
    await send(activity.id, users.hostEditor);
    const failing = { ...localStorage(documentsDir), delete: () => Promise.reject(new Error("disk gone")) };
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    await callerFor(users.hostEditor, { storage: failing }).activity.delete({
      activityId: activity.id,
      version: activity.version,
    });
    expect(await testDb().activity.count({ where: { id: activity.id } })).toBe(0);
    expect(log).toHaveBeenCalledWith(
      expect.stringMatching(/Could not delete the stored file/),
      expect.any(Error),
    );
    log.mockRestore();
  });
});
