// Every meaningful change records its peer event in its own transaction: with what it concerns
// (hosts, themes, country or states) and the facts the subject no longer holds; a change that is
// refused records nothing.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { recordDocument } from "~/server/activity-document/mutations";
import { localStorage } from "~/server/storage/local-storage";
import { testDb } from "../support/db";
import { activityFields, callerFor, createActivityRecord, createRcp, createUser } from "../support/factories";
import { changed } from "../support/profiles";

const eventsOf = (where: { rcpId?: string; activityId?: string }) =>
  testDb().peerEvent.findMany({
    where,
    orderBy: { id: "asc" },
    select: {
      kind: true,
      actorId: true,
      rcpId: true,
      activityId: true,
      documentId: true,
      rcpIds: true,
      themeIds: true,
      countryCodes: true,
      details: true,
    },
  });

const themeId = async (slug: string) =>
  (await testDb().theme.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;

async function secretariat() {
  const rcp = await createRcp();
  const editor = await createUser({ staff: [{ rcpId: rcp.id, role: "EDITOR" }] });
  return { rcp, editor, caller: callerFor(editor) };
}

describe("activity events", () => {
  it("posted, rescheduled (previous dates kept), postponed and cancelled, each once", async () => {
    const { rcp, editor, caller } = await secretariat();
    const labour = await themeId("labour-migration");
    const fields = activityFields({ themes: ["labour-migration"], countryCode: "TH" });
    const { id: activityId } = await caller.activity.create({ rcpId: rcp.id, activity: fields });

    const base = { actorId: editor.id, rcpId: rcp.id, activityId, rcpIds: [rcp.id], themeIds: [labour] };
    expect(await eventsOf({ activityId })).toEqual([
      { ...base, kind: "ACTIVITY_POSTED", documentId: null, countryCodes: ["TH"], details: null },
    ]);

    // A change of words only is not news for peers.
    await caller.activity.update({ activityId, version: 1, activity: { ...fields, location: "Chiang Mai" } });
    expect(await eventsOf({ activityId })).toHaveLength(1);

    const moved = { ...fields, startDate: "2030-06-02", endDate: "2030-06-03" };
    await caller.activity.update({ activityId, version: 2, activity: moved });
    const [, rescheduled] = await eventsOf({ activityId });
    expect(rescheduled).toMatchObject({
      ...base,
      kind: "ACTIVITY_RESCHEDULED",
      details: {
        previous: {
          startDate: "2030-05-12",
          endDate: "2030-05-13",
          startsAt: "2030-05-12T02:30:00.000Z",
          endsAt: "2030-05-13T10:00:00.000Z",
          timeZone: "Asia/Bangkok",
        },
      },
    });

    await caller.activity.setStatus({ activityId, version: 3, status: "POSTPONED" });
    await caller.activity.setStatus({ activityId, version: 4, status: "CANCELLED" });
    const kinds = (await eventsOf({ activityId })).map((event) => event.kind);
    expect(kinds).toEqual([
      "ACTIVITY_POSTED",
      "ACTIVITY_RESCHEDULED",
      "ACTIVITY_RESCHEDULED",
      "ACTIVITY_CANCELLED",
    ]);
    const postponed = (await eventsOf({ activityId }))[2];
    expect(postponed?.details).toMatchObject({ isPostponed: true, previous: { startDate: "2030-06-02" } });
  });

  it("records nothing for a refused change: stale version, bad input, unknown theme", async () => {
    const { rcp, caller } = await secretariat();
    const fields = activityFields();
    const { id: activityId } = await caller.activity.create({ rcpId: rcp.id, activity: fields });
    const before = await eventsOf({ activityId });
    const moved = { ...fields, startDate: "2031-01-01", endDate: "2031-01-02" };

    await expect(caller.activity.update({ activityId, version: 7, activity: moved })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(
      caller.activity.update({ activityId, version: 1, activity: { ...moved, themes: ["no-such-theme"] } }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      caller.activity.setStatus({ activityId, version: 9, status: "CANCELLED" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      caller.activity.create({ rcpId: rcp.id, activity: { ...fields, themes: ["no-such-theme"] } }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await eventsOf({ activityId })).toEqual(before);
    expect(await eventsOf({ rcpId: rcp.id })).toHaveLength(1);
  });

  it("registration opened once, when first set up; a co-host joining; a document published", async () => {
    const owner = await secretariat();
    const guest = await secretariat();
    const activity = await createActivityRecord({
      hostRcpIds: [owner.rcp.id],
      invitedRcpIds: [guest.rcp.id],
      startDate: new Date(Date.now() + 30 * 24 * 3600_000),
    });
    const data = {
      mode: "OPEN" as const,
      capacity: 5,
      opensAt: new Date(Date.now() - 3600_000),
      closesAt: new Date(Date.now() + 7 * 24 * 3600_000),
      questions: [],
      requiredQuestions: [],
      quotas: [],
    };
    await owner.caller.registration.saveSettings({ activityId: activity.id, version: null, data });
    await owner.caller.registration.saveSettings({
      activityId: activity.id,
      version: 1,
      data: { ...data, capacity: 9 },
    });
    await expect(
      owner.caller.registration.saveSettings({ activityId: activity.id, version: null, data }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    await guest.caller.coHost.accept({ rcpId: guest.rcp.id, activityId: activity.id });

    const storage = localStorage(mkdtempSync(path.join(tmpdir(), "peer-events-")));
    const document = await recordDocument(testDb(), storage, {
      activityId: activity.id,
      metadata: { kind: "REPORT", title: "Final report", language: "en", date: "", visibility: "PUBLIC" },
      file: {
        storageKey: `test-${activity.id}`,
        originalName: "r.pdf",
        mediaType: "application/pdf",
        size: 1,
        sha256: "0",
      },
      actorId: guest.editor.id,
    });

    const events = await eventsOf({ activityId: activity.id });
    const hosts = [owner.rcp.id, guest.rcp.id].sort();
    expect(events.map((e) => [e.kind, e.rcpId, e.rcpIds])).toEqual([
      ["REGISTRATION_OPENED", owner.rcp.id, [owner.rcp.id]],
      ["COHOST_JOINED", guest.rcp.id, hosts],
      ["DOCUMENT_PUBLISHED", guest.rcp.id, hosts],
    ]);
    expect(events[0]?.details).toEqual({
      opensAt: data.opensAt.toISOString(),
      closesAt: data.closesAt.toISOString(),
    });
    expect(events[2]).toMatchObject({ documentId: document.id, details: { title: "Final report" } });
  });
});

describe("process events", () => {
  it("priorities and membership changes (with who joined and left), also by a restored revision", async () => {
    const { rcp, editor, caller } = await secretariat();
    const first = await changed(rcp.id, (data) => {
      data.memberships = [
        { code: "ZA", role: "MEMBER", start: "", end: "" },
        { code: "BW", role: "MEMBER", start: "", end: "" },
      ];
      data.priorityThemes = ["labour-migration"];
    });
    await caller.rcp.update(first);
    const second = await changed(rcp.id, (data) => {
      data.memberships = [
        { code: "ZA", role: "MEMBER", start: "", end: "" },
        { code: "BW", role: "MEMBER", start: "", end: "2030-01" },
        { code: "NA", role: "MEMBER", start: "", end: "" },
      ];
    });
    await caller.rcp.update(second);
    // Words only: no event.
    await caller.rcp.update(await changed(rcp.id, (data) => (data.shortName = "Renamed")));

    const labour = await themeId("labour-migration");
    const events = await eventsOf({ rcpId: rcp.id });
    expect(events).toEqual([
      {
        kind: "PRIORITIES_CHANGED",
        actorId: editor.id,
        rcpId: rcp.id,
        activityId: null,
        documentId: null,
        rcpIds: [rcp.id],
        themeIds: [labour],
        countryCodes: [],
        details: { fields: ["priorityThemes"] },
      },
      expect.objectContaining({
        kind: "MEMBERSHIP_CHANGED",
        countryCodes: ["BW", "ZA"],
        details: {
          added: [
            { code: "BW", role: "MEMBER" },
            { code: "ZA", role: "MEMBER" },
          ],
          removed: [],
        },
      }),
      expect.objectContaining({
        kind: "MEMBERSHIP_CHANGED",
        countryCodes: ["BW", "NA"],
        details: { added: [{ code: "NA", role: "MEMBER" }], removed: [{ code: "BW", role: "MEMBER" }] },
      }),
    ]);

    // Restoring the first saved state brings BW back and NA out.
    const { version } = await testDb().rcp.findUniqueOrThrow({
      where: { id: rcp.id },
      select: { version: true },
    });
    await caller.rcp.restoreRevision({ rcpId: rcp.id, version, revisionVersion: first.version + 1 });
    const restored = (await eventsOf({ rcpId: rcp.id })).at(-1);
    expect(restored).toMatchObject({
      kind: "MEMBERSHIP_CHANGED",
      details: { added: [{ code: "BW", role: "MEMBER" }], removed: [{ code: "NA", role: "MEMBER" }] },
    });

    // A stale save records nothing.
    const count = (await eventsOf({ rcpId: rcp.id })).length;
    await expect(caller.rcp.update({ ...second, version: 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await eventsOf({ rcpId: rcp.id })).toHaveLength(count);
  });

  it("a new process, created by an administrator", async () => {
    const admin = await createUser({ platformRole: "ADMIN" });
    const slug = `peer-event-${Date.now()}`;
    const created = await callerFor(admin).admin.createRcp({
      slug,
      name: "Peer Event Test Process",
      shortName: "PETP",
      yearEstablished: 2020,
      region: "AFRICA",
      secretariatKind: "ROTATING",
    });
    expect(await eventsOf({ rcpId: created.id })).toEqual([
      expect.objectContaining({ kind: "RCP_CREATED", actorId: admin.id, rcpIds: [created.id] }),
    ]);
    await expect(
      callerFor(admin).admin.createRcp({
        slug,
        name: "Again",
        shortName: "AG",
        yearEstablished: 2020,
        region: "AFRICA",
        secretariatKind: "ROTATING",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await testDb().peerEvent.count({ where: { kind: "RCP_CREATED", rcpId: created.id } })).toBe(1);
  });
});
