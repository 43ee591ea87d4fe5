// The public Atom feeds of peer events, as a feed reader calls them, parsed back by an independent
// XML parser: only public events of public subjects whatever session the request carries, in the
// address's language, hostile addresses refused with 404.
import { randomUUID } from "node:crypto";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type * as TNextCache from "next/cache";
import { describe, expect, it, vi } from "vitest";
import { testDb } from "../support/db";
import { createRcp, createUser } from "../support/factories";
import { markerCast, postedActivity, recordEvent, TIERS } from "../support/peer-events";
import { callRoute } from "../support/route-request";
import { sessionCookie } from "../support/session-cookie";

const APP_URL = vi.hoisted(() => {
  const url = "http://rcp-exchange.test";
  process.env.NEXTAUTH_URL = url;
  process.env.NEXTAUTH_SECRET ??= "a test secret that is long enough for next-auth";
  return url;
});

// Outside a Next server there is no data cache: every request reads the database.
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof TNextCache>()),
  unstable_cache: <T>(read: T) => read,
}));

const routes = {
  events: await import("~/app/api/feed/[locale]/events.atom/route"),
  rcps: await import("~/app/api/feed/[locale]/rcps/[file]/route"),
};

type TUser = { id: string; email: string; name: string | null } | null;

async function cookieFor(user: TUser): Promise<Record<string, string>> {
  if (!user) return {};
  const { sessionVersion } = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
  return { cookie: await sessionCookie({ ...user, sessionVersion }, process.env.NEXTAUTH_SECRET ?? "") };
}

async function fetchAtom(locale: string, file: string | null, user: TUser = null) {
  const path = file === null ? "events.atom" : `rcps/${file}`;
  const request = new Request(`${APP_URL}/api/feed/${encodeURI(locale)}/${path}`, {
    headers: await cookieFor(user),
  });
  const response =
    file === null
      ? await callRoute(routes.events.GET, request, { locale })
      : await callRoute(routes.rcps.GET, request, { locale, file });
  return { response, text: await response.text() };
}

type TEntry = {
  id: { "#text": string };
  title: { "#text": string; "@_type": string };
  link: { "@_href": string };
  updated: string;
};

/** What a feed reader shows of an entry's title (type="html": the text is HTML, decoded once). */
const shown = (entry: TEntry | undefined) => {
  expect(entry?.title["@_type"]).toBe("html");
  return (entry?.title["#text"] ?? "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
};

/** The feed's entries as an XML parser reads them (the document must be well-formed first). */
function entriesOf(text: string) {
  expect(XMLValidator.validate(text)).toBe(true);
  const parsed = new XMLParser({
    ignoreAttributes: false,
    processEntities: false,
    htmlEntities: false,
    alwaysCreateTextNode: true,
    isArray: (name) => name === "entry",
  }).parse(text) as {
    feed: { "@_xmlns": string; title: { "#text": string }; entry?: TEntry[]; link: unknown };
  };
  expect(parsed.feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
  return { title: parsed.feed.title["#text"], entries: parsed.feed.entry ?? [] };
}

describe("public Atom feeds", () => {
  it("hold the public events of public subjects only, for every session; per process too", async () => {
    const { host, coHost, users } = await markerCast();
    const marker = randomUUID().slice(0, 8);
    for (const tier of TIERS) {
      await postedActivity({
        hostRcpIds: [host.id, coHost.id],
        visibility: tier,
        title: `atom-${marker}-${tier}`,
      });
    }
    const archived = await createRcp();
    await recordEvent({ kind: "PRIORITIES_CHANGED", rcpId: archived.id });
    await testDb().rcp.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });

    for (const user of Object.values(users)) {
      for (const file of [null, `${host.slug}.atom`, `${coHost.slug}.atom`]) {
        const { response, text } = await fetchAtom("en", file, user);
        expect(response.status).toBe(200);
        expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
        expect(response.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);
        expect(response.headers.get("set-cookie")).toBeNull();
        const { entries } = entriesOf(text);
        const markers = entries.flatMap(
          (entry) => shown(entry).match(new RegExp(`atom-${marker}-(\\w+)`))?.[1] ?? [],
        );
        expect(markers, `${user?.email ?? "anonymous"} ${file}`).toEqual(["PUBLIC"]);
        expect(entries.some((entry) => entry.link["@_href"].endsWith(archived.slug))).toBe(false);
      }
    }
    const { entries } = entriesOf((await fetchAtom("en", `${host.slug}.atom`)).text);
    const entry = entries.find((e) => shown(e).includes(`atom-${marker}-PUBLIC`));
    expect(shown(entry)).toMatch(/^Test RCP .* posted atom-\w+-PUBLIC \(May 12, 2030\)\.$/);
    expect(entry?.link["@_href"]).toMatch(new RegExp(`^${APP_URL}/en/activities/test-activity-`));
    expect(entry?.id["#text"]).toMatch(/^urn:rcp-exchange:peer-event:\d+$/);
  });

  it("an activity made hosts-only later leaves the feed", async () => {
    const host = await createRcp();
    const activity = await postedActivity({
      hostRcpIds: [host.id],
      visibility: "PUBLIC",
      title: "Soon private",
    });
    expect(entriesOf((await fetchAtom("fr", `${host.slug}.atom`)).text).entries).toHaveLength(1);
    await testDb().activity.update({ where: { id: activity.id }, data: { visibility: "HOSTS" } });
    expect(entriesOf((await fetchAtom("fr", `${host.slug}.atom`)).text).entries).toHaveLength(0);
  });

  it("writes the reader's language and escapes what titles hold", async () => {
    const host = await createRcp();
    const activity = await postedActivity({ hostRcpIds: [host.id], visibility: "PUBLIC", title: "x" });
    await testDb().activity.update({
      where: { id: activity.id },
      data: { title: { en: "Fish & <chips> ]]>", es: "Taller sobre migración laboral" } },
    });
    const es = entriesOf((await fetchAtom("es", `${host.slug}.atom`)).text);
    expect(es.title).toMatch(/^RCP Exchange: novedades de Test RCP/);
    expect(shown(es.entries[0])).toMatch(/publicó Taller sobre migración laboral \(12 de mayo de 2030\)\.$/);
    const en = entriesOf((await fetchAtom("en", `${host.slug}.atom`)).text);
    expect(shown(en.entries[0])).toContain("posted Fish & <chips> ]]> (May 12, 2030).");
    expect(en.entries[0]?.title["#text"]).toContain("Fish &amp; &lt;chips&gt; ]]&gt;");
  });

  it("answers 404 to hostile or unknown addresses, never a 500", async () => {
    const archived = await createRcp();
    await testDb().rcp.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    const user = await createUser({ platformRole: "ADMIN" });
    for (const [locale, file] of [
      ["de", null],
      ["en%00", null],
      ["../en", null],
      ["en", "no-such-process.atom"],
      ["en", `${archived.slug}.atom`],
      ["en", "budapest-process.ics"],
      ["en", "..%2Fetc%2Fpasswd.atom"],
      ["en", "BUDAPEST.atom"],
      ["en", `${"a".repeat(500)}.atom`],
      ["en", "%E0%A4%A.atom"],
    ] as const) {
      const { response } = await fetchAtom(locale, file, user);
      expect(response.status, `${locale} ${file}`).toBe(404);
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
  });
});
