// The public read API (/api/v1) through its real route handlers: answers match the OpenAPI
// document, only public activities ever leave, bad queries are 400 problems and pages walk cleanly.
import { randomUUID } from "node:crypto";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import type * as TNextCache from "next/cache";
import { describe, expect, it, vi } from "vitest";
import { buildOpenApiDocument } from "~/domain/public-api/openapi";
import { PUBLIC_DATA_TAG } from "~/server/cache/public-data";
import { apiGet } from "../support/api-v1";
import { testDb } from "../support/db";
import { createActivityRecord, createCast, createRcp, createUser } from "../support/factories";
import { sessionCookie } from "../support/session-cookie";

const SECRET = vi.hoisted(() => {
  process.env.NEXTAUTH_URL = "http://localhost:3000";
  process.env.NEXTAUTH_SECRET ??= "a test secret that is long enough for next-auth";
  return process.env.NEXTAUTH_SECRET;
});

// Outside a Next server there is no data cache: every call reads the database. What the routes
// asked the cache for is kept, to check that a write drops it.
const cacheTags = vi.hoisted(() => new Set<string>());
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof TNextCache>()),
  unstable_cache: <T>(read: T, _key: string[], options: { tags?: string[] }) => {
    for (const tag of options.tags ?? []) cacheTags.add(tag);
    return read;
  },
}));

const document = buildOpenApiDocument();
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
ajv.addKeyword("example");
// The document's components hold the schemas; the wrapper itself validates nothing.
ajv.addKeyword("components");
ajv.addSchema({ $id: "openapi.json", components: document.components });

/** The answer's body checked against the document's schema for that status. */
function expectDocumented(answer: Awaited<ReturnType<typeof apiGet>>, component: string) {
  const validate = ajv.getSchema(`openapi.json#/components/schemas/${component}`);
  if (!validate) throw new Error(`No schema ${component}`);
  expect(validate(answer.body), JSON.stringify(validate.errors)).toBe(true);
}

async function expectProblem(path: string, status: 400 | 404, parameter?: string) {
  const answer = await apiGet(path);
  expect(answer.response.status, `${path}: ${answer.text}`).toBe(status);
  expect(answer.response.headers.get("content-type")).toBe("application/problem+json");
  expectDocumented(answer, "Problem");
  if (parameter !== undefined)
    expect((answer.body as { parameter?: string }).parameter, path).toBe(parameter);
  return answer;
}

const marker = (tier: string) => `api-marker-${tier}-${randomUUID().slice(0, 8)}`;

describe("/api/v1 answers as its document says", () => {
  it("lists RCPs and gives a profile with names, memberships and themes", async () => {
    const list = await apiGet("/api/v1/rcps?limit=5");
    expect(list.response.status).toBe(200);
    expectDocumented(list, "RcpList");
    const profile = await apiGet("/api/v1/rcps/budapest-process");
    expect(profile.response.status).toBe(200);
    expectDocumented(profile, "RcpProfileResponse");
    const data = (
      profile.body as {
        data: {
          names: { fr: { name: string } };
          memberships: { participant: { code: string }; role: string }[];
        };
      }
    ).data;
    expect(data.names.fr.name).toBeTruthy();
    expect(data.memberships).toContainEqual(
      expect.objectContaining({
        participant: expect.objectContaining({ code: "HU" }) as unknown,
        role: "MEMBER",
      }),
    );
  });

  it("lists activities and gives one, with its hosts and themes", async () => {
    const rcp = await createRcp();
    const activity = await createActivityRecord({ hostRcpIds: [rcp.id] });
    const list = await apiGet(`/api/v1/activities?rcp=${rcp.slug}&from=2030-01-01`);
    expect(list.response.status).toBe(200);
    expectDocumented(list, "ActivityList");
    expect((list.body as { data: { slug: string }[] }).data.map((item) => item.slug)).toEqual([
      activity.slug,
    ]);
    const one = await apiGet(`/api/v1/activities/${activity.slug}`);
    expect(one.response.status).toBe(200);
    expectDocumented(one, "ActivityResponse");
    expect(one.body).toMatchObject({
      data: { slug: activity.slug, hosts: [{ slug: rcp.slug }], start: "2030-05-12" },
    });
    const past = await apiGet("/api/v1/activities?when=past&limit=3");
    expectDocumented(past, "ActivityList");
    // A seeded activity known to the month keeps its precision.
    const seeded = await apiGet(
      "/api/v1/activities?when=past&rcp=bali-process&to=2004-12-31&from=2004-01-01",
    );
    expect(JSON.stringify(seeded.body)).toMatch(/"start":"2004-\d\d"/);
  });

  it("serves its own document, readable from any site and cacheable; no answer sets a cookie", async () => {
    const served = await apiGet("/api/v1/openapi.json");
    expect(served.body).toEqual(JSON.parse(JSON.stringify(document)));
    for (const path of [
      "/api/v1/rcps",
      "/api/v1/activities",
      "/api/v1/rcps/bali-process",
      "/api/v1/openapi.json",
    ]) {
      const { response } = await apiGet(path);
      expect(response.headers.get("access-control-allow-origin"), path).toBe("*");
      expect(response.headers.get("cache-control"), path).toBe("public, max-age=60");
      expect(response.headers.get("set-cookie"), path).toBeNull();
    }
    // Reads are cached under the tag every public write drops (revalidatePublicPages).
    expect([...cacheTags]).toEqual([PUBLIC_DATA_TAG]);
    const preflight = (await import("~/app/api/v1/activities/route")).OPTIONS();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
  });

  it("answers an unknown address with a 404 problem", async () => {
    await expectProblem("/api/v1/activities/no-such-activity", 404);
    await expectProblem("/api/v1/rcps/no-such-rcp", 404);
    await expectProblem("/api/v1/rcps/NOT%00A-SLUG", 404);
    await expectProblem("/api/v1/things", 404);
  });
});

describe("/api/v1 shows public activities only, whoever asks", () => {
  it("never shows an activity for secretariats or hosts, even with an administrator's cookie", async () => {
    const cast = await createCast();
    const cohostRcp = await createRcp();
    const users = {
      ...cast.users,
      cohost: await createUser({ staff: [{ rcpId: cohostRcp.id, role: "EDITOR" }] }),
    };
    const tiers = ["PUBLIC", "ALL_SECRETARIATS", "HOSTS"] as const;
    const markers = Object.fromEntries(tiers.map((tier) => [tier, marker(tier)])) as Record<
      (typeof tiers)[number],
      string
    >;
    const slugs: Record<string, string> = {};
    for (const tier of tiers) {
      const record = await createActivityRecord({
        hostRcpIds: [cast.rcp.id, cohostRcp.id],
        visibility: tier,
        title: markers[tier],
        startDate: new Date("2032-04-04T00:00:00Z"),
      });
      slugs[tier] = record.slug;
    }
    const unknown = await apiGet("/api/v1/activities/no-such-activity");
    for (const [actor, user] of Object.entries(users)) {
      const headers = user
        ? { cookie: await sessionCookie({ ...user, sessionVersion: 1 }, SECRET) }
        : ({} as Record<string, string>);
      const answers = await Promise.all([
        apiGet("/api/v1/activities?from=2032-04-04&to=2032-04-04", headers),
        apiGet(`/api/v1/activities?rcp=${cast.rcp.slug}`, headers),
        apiGet(`/api/v1/activities?rcp=${cohostRcp.slug}&region=AFRICA&kind=WORKSHOP`, headers),
        apiGet(`/api/v1/rcps/${cast.rcp.slug}`, headers),
        apiGet("/api/v1/rcps?limit=100", headers),
        ...tiers.map((tier) => apiGet(`/api/v1/activities/${slugs[tier]}`, headers)),
      ]);
      const seen = answers.map((answer) => answer.text).join("\n");
      expect(seen.includes(markers.PUBLIC), `${actor}: public`).toBe(true);
      expect(seen.includes(markers.ALL_SECRETARIATS), `${actor}: all secretariats`).toBe(false);
      expect(seen.includes(markers.HOSTS), `${actor}: hosts`).toBe(false);
      // Hidden or missing: the same 404, word for word.
      for (const hidden of answers.slice(-2)) {
        expect(hidden.response.status, actor).toBe(404);
        expect(hidden.text, actor).toBe(unknown.text);
      }
    }
  });
});

describe("/api/v1 refuses bad queries with a 400 problem naming the parameter", () => {
  const HOSTILE: [string, string | null][] = [
    ["/api/v1/activities?colour=red", "colour"],
    ["/api/v1/activities?kind=WORKSHOP&kind=TRAINING", "kind"],
    ["/api/v1/activities?kind[]=WORKSHOP", "kind[]"],
    ["/api/v1/activities?rcp=bali%00process", "rcp"],
    ["/api/v1/activities?theme=%00", "theme"],
    ["/api/v1/activities?when=soon", "when"],
    ["/api/v1/activities?kind=workshop", "kind"],
    ["/api/v1/activities?region=MARS", "region"],
    ["/api/v1/activities?country=XX", "country"],
    ["/api/v1/activities?country=th", "country"],
    ["/api/v1/activities?from=2026-02-30", "from"],
    ["/api/v1/activities?from=yesterday", "from"],
    ["/api/v1/activities?to=2026-13-01", "to"],
    ["/api/v1/activities?from=2026-05-01&to=2026-04-01", "to"],
    ["/api/v1/activities?limit=0", "limit"],
    ["/api/v1/activities?limit=101", "limit"],
    ["/api/v1/activities?limit=ten", "limit"],
    ["/api/v1/activities?limit=1.5", "limit"],
    ["/api/v1/activities?cursor=not-a-cursor", "cursor"],
    ["/api/v1/activities?cursor=%00", "cursor"],
    [`/api/v1/activities?cursor=${btoa('{"startDate":"2026-01-01","id":"x\\u0000"}')}`, "cursor"],
    [`/api/v1/activities?rcp=${"a".repeat(3000)}`, null],
    [`/api/v1/activities?theme=${"a".repeat(500)}`, "theme"],
    ["/api/v1/rcps?page=2", "page"],
    ["/api/v1/rcps?limit=-1", "limit"],
    [`/api/v1/rcps?cursor=${btoa('{"slug":"../etc"}')}`, "cursor"],
  ];

  it.each(HOSTILE.map(([path, parameter]) => [path.slice(0, 90), path, parameter] as const))(
    "%s",
    async (_name, path, parameter) => {
      const answer = await expectProblem(path, 400, parameter ?? undefined);
      expect(answer.response.headers.get("cache-control")).toBe("no-store");
    },
  );

  it("answers any value of any parameter with 200 or 400, never a 500", async () => {
    const parameters = [
      "when",
      "kind",
      "theme",
      "region",
      "rcp",
      "country",
      "from",
      "to",
      "limit",
      "cursor",
      "x",
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...parameters), fc.string({ unit: "binary", maxLength: 40 }), {
          maxKeys: 4,
        }),
        fc.constantFrom("activities", "rcps"),
        async (query, endpoint) => {
          const { response } = await apiGet(`/api/v1/${endpoint}?${new URLSearchParams(query).toString()}`);
          expect([200, 400]).toContain(response.status);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("/api/v1 pages", () => {
  it("walks every activity once, in order, whatever the page size", async () => {
    const rcp = await createRcp();
    // Several on one day: the cursor must split ties by id.
    const days = [
      "2033-01-01",
      "2033-01-01",
      "2033-01-01",
      "2033-02-01",
      "2033-03-01",
      "2033-03-01",
      "2033-04-01",
    ];
    const created = [];
    for (const day of days) {
      created.push(
        await createActivityRecord({ hostRcpIds: [rcp.id], startDate: new Date(`${day}T00:00:00Z`) }),
      );
    }
    // Upcoming: soonest first, ties in id order.
    const expected = created
      .map((record, index) => ({ ...record, day: days[index]! }))
      .sort((a, b) => a.day.localeCompare(b.day) || (a.id < b.id ? -1 : 1))
      .map((record) => record.slug);
    for (const limit of [1, 2, 3, 100]) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `rcp=${rcp.slug}&limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`;
        const answer = await apiGet(`/api/v1/activities?${query}`);
        expect(answer.response.status).toBe(200);
        const page = answer.body as { data: { slug: string; start: string }[]; nextCursor: string | null };
        expect(page.data.length).toBeLessThanOrEqual(limit);
        seen.push(...page.data.map((item) => item.slug));
        cursor = page.nextCursor;
      } while (cursor);
      expect(new Set(seen).size, `limit ${limit}`).toBe(seen.length);
      expect(seen, `limit ${limit}`).toEqual(expected);
    }
  });

  it("walks every active RCP once", async () => {
    await createRcp();
    const expected = (await testDb().rcp.findMany({ where: { archivedAt: null }, select: { slug: true } }))
      .map((rcp) => rcp.slug)
      .sort();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const answer = await apiGet(`/api/v1/rcps?limit=4${cursor ? `&cursor=${cursor}` : ""}`);
      const page = answer.body as { data: { slug: string }[]; nextCursor: string | null };
      seen.push(...page.data.map((item) => item.slug));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(expected);
  });
});
