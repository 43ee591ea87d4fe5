// A search entry carries copies of what decides who sees it and what its filters test (tier, hosts,
// themes, dates, archived). Whatever changes the original (an activity's tier, hosts, themes or
// dates, a document's tier or date, a process archived), the entries follow in the same
// transaction, so the search never shows what the pages hide nor misses what a filter should find.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { TSearchInput } from "~/domain/search/schema";
import type { TSessionUser } from "~/server/auth/session";
import { testDb } from "../support/db";
import {
  callerFor,
  createActivityRecord,
  createDocumentRecord,
  createRcp,
  createUser,
} from "../support/factories";

const token = () => `mk${randomUUID().replaceAll("-", "").slice(0, 12)}`;
const search = (user: TSessionUser | null, input: TSearchInput) => callerFor(user).search.query(input);
const keys = async (user: TSessionUser | null, input: TSearchInput) =>
  (await search(user, input)).hits.map((hit) => `${hit.type}:${hit.key}`).sort();

/** Entries whose copies differ from their activity, document or process as they are now. */
async function staleEntries(activityId: string, rcpId: string): Promise<unknown[]> {
  return testDb().$queryRaw<unknown[]>`
    SELECT e."entityType", e."entityId" FROM "SearchEntry" e
    LEFT JOIN "ActivityDocument" d ON e."entityType" = 'DOCUMENT' AND d."id" = e."entityId"
    LEFT JOIN "Activity" a ON a."id" = CASE e."entityType" WHEN 'ACTIVITY' THEN e."entityId" ELSE d."activityId" END
    LEFT JOIN "Rcp" r ON e."entityType" = 'RCP' AND r."id" = e."entityId"
    WHERE (a."id" = ${activityId} AND (
        e."tier" IS DISTINCT FROM CASE WHEN d."id" IS NULL THEN a."visibility" ELSE "narrower_visibility"(d."visibility", a."visibility") END
        OR e."hostRcpIds" IS DISTINCT FROM a."hostRcpIds" OR e."themeIds" IS DISTINCT FROM a."themeIds"
        OR e."startDate" IS DISTINCT FROM COALESCE(d."date", a."startDate")
        OR e."endDate" IS DISTINCT FROM CASE WHEN d."id" IS NULL THEN COALESCE(a."endDate", a."startDate") ELSE COALESCE(d."date", a."startDate") END))
      OR (r."id" = ${rcpId} AND (e."archived" IS DISTINCT FROM (r."archivedAt" IS NOT NULL) OR e."hostRcpIds" <> ARRAY[r."id"]))`;
}

describe("search entries follow what they copy", () => {
  it("an activity's tier, hosts, themes and dates, and its documents' tier and date", async () => {
    const word = token();
    const [host, coHost, other] = await Promise.all([createRcp(), createRcp(), createRcp()]);
    const coHostViewer = await createUser({ staff: [{ rcpId: coHost.id, role: "VIEWER" }] });
    const otherEditor = await createUser({ staff: [{ rcpId: other.id, role: "EDITOR" }] });
    const theme = await testDb().theme.findFirstOrThrow({ select: { id: true, slug: true } });
    const activity = await createActivityRecord({
      hostRcpIds: [host.id],
      title: `${word} workshop`,
      startDate: new Date("2031-03-02T00:00:00Z"),
    });
    const document = await createDocumentRecord({ activityId: activity.id, title: `${word} report` });
    const both = [`ACTIVITY:${activity.slug}`, `DOCUMENT:${document.id}`].sort();
    expect(await keys(null, { q: word })).toEqual(both);
    expect(await staleEntries(activity.id, host.id)).toEqual([]);

    // Made hosts-only: the public and other secretariats lose both, the activity's and its document's.
    await testDb().activity.update({ where: { id: activity.id }, data: { visibility: "HOSTS" } });
    expect(await keys(null, { q: word })).toEqual([]);
    expect(await keys(otherEditor, { q: word })).toEqual([]);
    expect(await keys(coHostViewer, { q: word })).toEqual([]);

    // A co-host accepts (the hosts' trigger writes the activity's copy, the search's follows it).
    await testDb().activityRcp.create({
      data: { activityId: activity.id, rcpId: coHost.id, status: "ACCEPTED" },
    });
    expect(await keys(coHostViewer, { q: word })).toEqual(both);
    expect(await keys(coHostViewer, { q: word, rcp: await slug(coHost.id) })).toEqual(both);

    // A theme and new dates: the filters find them where they now are.
    expect(await keys(coHostViewer, { q: word, theme: theme.slug })).toEqual([]);
    await testDb().activityTheme.create({ data: { activityId: activity.id, themeId: theme.id } });
    expect(await keys(coHostViewer, { q: word, theme: theme.slug })).toEqual(both);
    await testDb().activity.update({
      where: { id: activity.id },
      data: { startDate: new Date("2032-07-01T00:00:00Z") },
    });
    expect(await keys(coHostViewer, { q: word, from: "2032-06-01", to: "2032-07-31" })).toEqual(both);
    expect(await keys(coHostViewer, { q: word, to: "2031-12-31" })).toEqual([]);

    // The document's own date and a wider tier than its activity's: the narrower still holds.
    await testDb().activity.update({ where: { id: activity.id }, data: { visibility: "PUBLIC" } });
    await testDb().activityDocument.update({
      where: { id: document.id },
      data: { visibility: "ALL_SECRETARIATS", date: new Date("2033-01-15T00:00:00Z") },
    });
    expect(await keys(null, { q: word })).toEqual([`ACTIVITY:${activity.slug}`]);
    expect(await keys(otherEditor, { q: word })).toEqual(both);
    expect(await keys(otherEditor, { q: word, from: "2033-01-01" })).toEqual([`DOCUMENT:${document.id}`]);

    // A host leaves: its people lose the hosts-only document at once.
    await testDb().activityDocument.update({ where: { id: document.id }, data: { visibility: "HOSTS" } });
    expect(await keys(coHostViewer, { q: word })).toEqual(both);
    await testDb().activityRcp.delete({
      where: { activityId_rcpId: { activityId: activity.id, rcpId: coHost.id } },
    });
    expect(await keys(coHostViewer, { q: word })).toEqual([`ACTIVITY:${activity.slug}`]);
    expect(await staleEntries(activity.id, host.id)).toEqual([]);
  });

  it("a process archived leaves the search, and comes back when restored", async () => {
    const name = token();
    const rcp = await createRcp({ shortName: `${name} process` });
    const activity = await createActivityRecord({ hostRcpIds: [rcp.id] });
    expect(await keys(null, { q: name, type: "RCP" })).toEqual([`RCP:${await slug(rcp.id)}`]);
    await testDb().rcp.update({ where: { id: rcp.id }, data: { archivedAt: new Date() } });
    expect(await keys(null, { q: name, type: "RCP" })).toEqual([]);
    expect(await staleEntries(activity.id, rcp.id)).toEqual([]);
    await testDb().rcp.update({ where: { id: rcp.id }, data: { archivedAt: null } });
    expect(await keys(null, { q: name, type: "RCP" })).toEqual([`RCP:${await slug(rcp.id)}`]);
  });
});

async function slug(rcpId: string) {
  return (await testDb().rcp.findUniqueOrThrow({ where: { id: rcpId }, select: { slug: true } })).slug;
}
