// Focal points through their procedures as every kind of reader: who keeps them, who sees which
// tier, what bad input is refused with (and that it changes nothing), and that a removal leaves
// only an audit line without the person's data.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { TFocalPointData } from "~/domain/focal-point/schema";
import { testDb } from "../support/db";
import { callerFor, createRcp, createUser } from "../support/factories";
import { errorOf } from "../support/trpc-error";

const COUNTRY = "TR";

/** An RCP with Türkiye as a member and France as a former one, its staff, and other readers. */
async function scene() {
  const [rcp, other] = await Promise.all([createRcp(), createRcp()]);
  const [turkey, france] = await Promise.all(
    ["TR", "FR"].map((code) =>
      testDb().participant.findUniqueOrThrow({ where: { code }, select: { id: true } }),
    ),
  );
  await testDb().membership.createMany({
    data: [
      { rcpId: rcp.id, participantId: turkey!.id, role: "MEMBER" },
      { rcpId: rcp.id, participantId: france!.id, role: "MEMBER", endDate: new Date("2010-01-01") },
    ],
  });
  const [editor, viewer, otherEditor, otherViewer, admin, loner] = await Promise.all([
    createUser({ staff: [{ rcpId: rcp.id, role: "EDITOR" }] }),
    createUser({ staff: [{ rcpId: rcp.id, role: "VIEWER" }] }),
    createUser({ staff: [{ rcpId: other.id, role: "EDITOR" }] }),
    createUser({ staff: [{ rcpId: other.id, role: "VIEWER" }] }),
    createUser({ platformRole: "ADMIN" }),
    createUser(),
  ]);
  return { rcp, other, editor, viewer, otherEditor, otherViewer, admin, loner };
}

export function focalPointData(overrides: Partial<TFocalPointData> = {}): TFocalPointData {
  return {
    participantCode: COUNTRY,
    name: `Ayşe Focal ${randomUUID()}`,
    title: "Head of Department",
    agency: "Presidency of Migration Management",
    email: "ayse.focal@example.gov.tr",
    phone: "+90 312 000 00 00",
    languages: ["tr", "en"],
    since: "2024-01-15",
    endedAt: "",
    visibility: "ALL_SECRETARIATS",
    ...overrides,
  };
}

const rowsOf = (rcpId: string) => testDb().focalPoint.findMany({ where: { rcpId }, orderBy: { id: "asc" } });

describe("focal points", () => {
  it("lets the RCP's editors add, change, end and remove one, each change based on its version", async () => {
    const s = await scene();
    const editor = callerFor(s.editor);
    const created = await editor.focalPoint.create({ rcpId: s.rcp.id, data: focalPointData() });
    const list = await editor.focalPoint.list({ slug: s.rcp.slug });
    expect(list.canEdit).toBe(true);
    expect(list.representable.map((p) => p.code)).toEqual(["TR"]);
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      id: created.id,
      addedBy: s.editor.name,
      since: "2024-01-15",
      endedAt: "",
    });

    const updated = await editor.focalPoint.update({
      focalPointId: created.id,
      version: 1,
      data: focalPointData({ name: "Renamed Person", visibility: "OWN_RCP" }),
    });
    expect(updated.version).toBe(2);
    const stale = await errorOf(
      editor.focalPoint.update({ focalPointId: created.id, version: 1, data: focalPointData() }),
    );
    expect(stale.code).toBe("CONFLICT");

    const ended = await editor.focalPoint.end({
      focalPointId: created.id,
      version: 2,
      endedAt: "2026-06-30",
    });
    expect(ended.version).toBe(3);
    const after = await editor.focalPoint.list({ slug: s.rcp.slug });
    expect(after.items[0]).toMatchObject({ name: "Renamed Person", endedAt: "2026-06-30" });

    await editor.focalPoint.remove({ focalPointId: created.id, version: 3 });
    expect(await rowsOf(s.rcp.id)).toEqual([]);
  });

  it("refuses viewers, other secretariats and people of no secretariat any change", async () => {
    const s = await scene();
    const created = await callerFor(s.editor).focalPoint.create({ rcpId: s.rcp.id, data: focalPointData() });
    const before = await rowsOf(s.rcp.id);
    expect(
      (await errorOf(callerFor(s.viewer).focalPoint.create({ rcpId: s.rcp.id, data: focalPointData() })))
        .code,
    ).toBe("FORBIDDEN");
    expect(
      (await errorOf(callerFor(s.otherEditor).focalPoint.create({ rcpId: s.rcp.id, data: focalPointData() })))
        .code,
    ).toBe("NOT_FOUND");
    // It sees the entry (all secretariats) but may not change it.
    expect(
      (await errorOf(callerFor(s.otherEditor).focalPoint.remove({ focalPointId: created.id, version: 1 })))
        .code,
    ).toBe("FORBIDDEN");
    expect(
      (await errorOf(callerFor(s.loner).focalPoint.remove({ focalPointId: created.id, version: 1 }))).code,
    ).toBe("NOT_FOUND");
    expect(
      (await errorOf(callerFor(null).focalPoint.remove({ focalPointId: created.id, version: 1 }))).code,
    ).toBe("UNAUTHORIZED");
    expect(await rowsOf(s.rcp.id)).toEqual(before);
  });

  it("refuses bad input on its field, changing nothing", async () => {
    const s = await scene();
    const editor = callerFor(s.editor);
    const created = await editor.focalPoint.create({ rcpId: s.rcp.id, data: focalPointData() });
    const before = await rowsOf(s.rcp.id);
    const refusal = async (data: unknown) => {
      const error = await errorOf(
        editor.focalPoint.update({ focalPointId: created.id, version: 1, data: data as TFocalPointData }),
      );
      return { code: error.code, message: error.message, cause: error.cause };
    };
    const fieldOf = async (data: unknown) => {
      const error = await errorOf(
        editor.focalPoint.update({ focalPointId: created.id, version: 1, data: data as TFocalPointData }),
      );
      expect(error.code).toBe("BAD_REQUEST");
      const issues = (error.cause as { issues?: { path: PropertyKey[]; message: string }[] }).issues ?? [];
      return issues.map((issue) => `${issue.path.join(".")}:${issue.message}`);
    };
    expect(await fieldOf(focalPointData({ email: "not an email" }))).toEqual(["data.email:invalidEmail"]);
    expect(await fieldOf(focalPointData({ since: "2026-01-10", endedAt: "2025-01-01" }))).toEqual([
      "data.endedAt:endBeforeSince",
    ]);
    expect(await fieldOf({ ...focalPointData(), visibility: "PUBLIC" })).toEqual([
      "data.visibility:invalidVisibility",
    ]);
    // A former member, and a state that never was one.
    for (const participantCode of ["FR", "BR"]) {
      const refused = await refusal(focalPointData({ participantCode }));
      expect(refused).toMatchObject({ code: "BAD_REQUEST", message: "notRepresented" });
    }
    const ending = await errorOf(
      editor.focalPoint.end({ focalPointId: created.id, version: 1, endedAt: "2020-01-01" }),
    );
    expect(ending.message).toBe("endBeforeSince");
    expect(await rowsOf(s.rcp.id)).toEqual(before);
  });

  it("never stores a public focal point, even written past the procedures", async () => {
    const s = await scene();
    const participant = await testDb().participant.findUniqueOrThrow({ where: { code: COUNTRY } });
    await expect(
      testDb()
        .$executeRaw`INSERT INTO "FocalPoint" ("id","rcpId","participantId","name","email","languages","visibility")
        VALUES (${randomUUID()}, ${s.rcp.id}, ${participant.id}, 'X', 'x@example.org', '{}', 'PUBLIC')`,
    ).rejects.toThrow();
    await expect(
      testDb()
        .$executeRaw`INSERT INTO "FocalPoint" ("id","rcpId","participantId","name","email","languages","since","endedAt")
        VALUES (${randomUUID()}, ${s.rcp.id}, ${participant.id}, 'X', 'x@example.org', '{}', '2020-01-02', '2020-01-01')`,
    ).rejects.toThrow();
  });

  it("removes for good: the audit line names who removed which entry of which RCP, and nothing of the person", async () => {
    const s = await scene();
    const data = focalPointData({ email: `gone-${randomUUID()}@example.gov.tr` });
    const created = await callerFor(s.editor).focalPoint.create({ rcpId: s.rcp.id, data });
    await callerFor(s.editor).focalPoint.remove({ focalPointId: created.id, version: 1 });
    expect(await testDb().focalPoint.findUnique({ where: { id: created.id } })).toBeNull();
    const audit = await testDb().auditLog.findMany({
      where: { targetId: created.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((line) => line.action)).toEqual(["focalPoint.create", "focalPoint.remove"]);
    expect(audit[1]).toMatchObject({ actorId: s.editor.id, rcpId: s.rcp.id, targetType: "FocalPoint" });
    const written = JSON.stringify(audit);
    for (const value of [data.name, data.email, data.phone, data.agency])
      expect(written).not.toContain(value);
  });
});

describe("who sees focal points (one marker per tier)", () => {
  it("shows each tier exactly to its readers, in the RCP's list and on the country page", async () => {
    const s = await scene();
    const markers = { ALL_SECRETARIATS: `Marker-all-${randomUUID()}`, OWN_RCP: `Marker-own-${randomUUID()}` };
    for (const [visibility, name] of Object.entries(markers)) {
      await callerFor(s.editor).focalPoint.create({
        rcpId: s.rcp.id,
        data: focalPointData({ name, visibility: visibility as TFocalPointData["visibility"] }),
      });
    }
    const seen = async (user: Awaited<ReturnType<typeof createUser>> | null) => {
      const caller = callerFor(user);
      const list = await caller.focalPoint
        .list({ slug: s.rcp.slug })
        .catch((error: { code: string }) => error.code);
      const country = await caller.focalPoint
        .byCountry({ code: COUNTRY })
        .catch((error: { code: string }) => error.code);
      const names = (value: unknown) => JSON.stringify(value);
      return Object.entries(markers)
        .filter(([, marker]) => names(list).includes(marker) && names(country).includes(marker))
        .map(([tier]) => tier)
        .concat(typeof list === "string" ? [list] : [])
        .concat(typeof country === "string" ? [country] : []);
    };
    expect(await seen(null)).toEqual(["UNAUTHORIZED", "UNAUTHORIZED"]);
    expect(await seen(s.loner)).toEqual(["FORBIDDEN", "FORBIDDEN"]);
    expect(await seen(s.otherEditor)).toEqual(["ALL_SECRETARIATS"]);
    expect(await seen(s.otherViewer)).toEqual(["ALL_SECRETARIATS"]);
    expect(await seen(s.viewer)).toEqual(["ALL_SECRETARIATS", "OWN_RCP"]);
    expect(await seen(s.editor)).toEqual(["ALL_SECRETARIATS", "OWN_RCP"]);
    expect(await seen(s.admin)).toEqual(["ALL_SECRETARIATS", "OWN_RCP"]);
    // Search indexes no focal point: an anonymous search (or anyone's) finds neither name.
    for (const marker of Object.values(markers)) {
      for (const user of [null, s.editor]) {
        const page = await callerFor(user).search.query({ q: marker, locale: "en" });
        expect(JSON.stringify(page)).not.toContain(marker);
      }
    }
  });

  it("lists on the country page every process the state belongs to, with an empty one too", async () => {
    const s = await scene();
    const processes = await callerFor(s.otherEditor).focalPoint.byCountry({ code: COUNTRY });
    const mine = processes.find((entry) => entry.rcp.slug === s.rcp.slug);
    expect(mine).toMatchObject({ role: "MEMBER", focalPoints: [] });
    // Seeded processes Türkiye belongs to are there as well.
    expect(processes.length).toBeGreaterThan(1);
  });
});
