// Focal points through the real routes with real session cookies: the CSV and vCard exports
// (who gets which tier, formulas neutralised, never cached, hostile addresses a 404) and the tRPC
// route's field errors for bad input, which change nothing.
import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import superjson from "superjson";
import { describe, expect, it, vi } from "vitest";
import type { TFocalPointData } from "~/domain/focal-point/schema";
import { testDb } from "../support/db";
import { callerFor, createRcp, createUser } from "../support/factories";
import { callRoute } from "../support/route-request";
import { sessionCookie } from "../support/session-cookie";

const { APP_URL, SECRET } = vi.hoisted(() => {
  const env = { APP_URL: "http://localhost:3000", SECRET: "a test secret that is long enough for next-auth" };
  process.env.NEXTAUTH_URL = env.APP_URL;
  process.env.NEXTAUTH_SECRET = env.SECRET;
  return env;
});

const csvRoute = await import("~/app/api/countries/[code]/focal-points.csv/route");
const vcfRoute = await import("~/app/api/countries/[code]/focal-points.vcf/route");
const trpcRoute = await import("~/app/api/trpc/[trpc]/route");

type TUser = Awaited<ReturnType<typeof createUser>>;

async function cookieOf(user: TUser | null): Promise<Record<string, string>> {
  if (!user) return {};
  const row = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
  return { cookie: await sessionCookie(row, SECRET) };
}

async function download(kind: "csv" | "vcf", code: string, user: TUser | null, search = "") {
  const route = kind === "csv" ? csvRoute : vcfRoute;
  const request = new Request(
    `${APP_URL}/api/countries/${encodeURIComponent(code)}/focal-points.${kind}${search}`,
    {
      headers: await cookieOf(user),
    },
  );
  const response = await callRoute(route.GET, request, { code });
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
  return { response, text };
}

const FORMULA = '=HYPERLINK("https://evil.example","x")';

async function scene() {
  const [rcp, other] = await Promise.all([createRcp(), createRcp()]);
  const turkey = await testDb().participant.findUniqueOrThrow({
    where: { code: "TR" },
    select: { id: true },
  });
  await testDb().membership.create({ data: { rcpId: rcp.id, participantId: turkey.id, role: "MEMBER" } });
  const [editor, viewer, otherEditor, admin, loner] = await Promise.all([
    createUser({ staff: [{ rcpId: rcp.id, role: "EDITOR" }] }),
    createUser({ staff: [{ rcpId: rcp.id, role: "VIEWER" }] }),
    createUser({ staff: [{ rcpId: other.id, role: "EDITOR" }] }),
    createUser({ platformRole: "ADMIN" }),
    createUser(),
  ]);
  const markers = { ALL_SECRETARIATS: `Marker-all-${randomUUID()}`, OWN_RCP: `Marker-own-${randomUUID()}` };
  for (const [visibility, name] of Object.entries(markers)) {
    await callerFor(editor).focalPoint.create({
      rcpId: rcp.id,
      data: {
        participantCode: "TR",
        name,
        title: FORMULA,
        agency: "+SUM(1,2)",
        email: "focal@example.gov.tr",
        phone: "+90 312 000 00 00",
        languages: ["tr"],
        since: "2024-01-01",
        endedAt: "",
        visibility: visibility as TFocalPointData["visibility"],
      },
    });
  }
  return { rcp, editor, viewer, otherEditor, admin, loner, markers };
}

describe("focal-point exports", () => {
  it("give each reader exactly the tiers they may see, as CSV and vCard, never cached", async () => {
    const s = await scene();
    const tiersIn = (text: string) =>
      Object.entries(s.markers)
        .filter(([, marker]) => text.includes(marker))
        .map(([tier]) => tier);
    for (const kind of ["csv", "vcf"] as const) {
      const anonymous = await download(kind, "TR", null);
      expect(anonymous.response.status).toBe(401);
      expect(tiersIn(anonymous.text)).toEqual([]);
      const loner = await download(kind, "TR", s.loner);
      expect(loner.response.status).toBe(403);
      expect(tiersIn(loner.text)).toEqual([]);
      for (const [user, tiers] of [
        [s.otherEditor, ["ALL_SECRETARIATS"]],
        [s.viewer, ["ALL_SECRETARIATS", "OWN_RCP"]],
        [s.editor, ["ALL_SECRETARIATS", "OWN_RCP"]],
        [s.admin, ["ALL_SECRETARIATS", "OWN_RCP"]],
      ] as const) {
        const { response, text } = await download(kind, "TR", user);
        expect(response.status).toBe(200);
        expect(response.headers.get("cache-control")).toBe("private, no-store");
        expect(tiersIn(text)).toEqual(tiers);
      }
      for (const response of [anonymous.response, loner.response]) {
        expect(response.headers.get("cache-control")).toBe("private, no-store");
      }
    }
  });

  it("writes formulas as text, headers in the reader's language, and vCards an address book reads", async () => {
    const s = await scene();
    const { text } = await download("csv", "TR", s.editor, "?locale=fr");
    const rows: string[][] = parse(text, { bom: true });
    expect(rows[0]?.slice(0, 3)).toEqual(["Processus", "Représente", "Nom"]);
    const mine = rows.find((row) => row[2] === s.markers.OWN_RCP)!;
    expect(mine[1]).toBe("Turquie");
    expect(mine[3]).toBe(`'${FORMULA}`);
    expect(mine[4]).toBe("'+SUM(1,2)");
    const cards = await download("vcf", "TR", s.editor);
    expect(cards.response.headers.get("content-type")).toBe("text/vcard; charset=utf-8");
    expect(cards.text).toContain("BEGIN:VCARD");
    expect(cards.text).toContain(`FN:${s.markers.OWN_RCP}`);
    expect(cards.text).toContain("EMAIL");
  });

  it("answers a hostile or malformed address with a 404 and a bad query with a 400", async () => {
    const s = await scene();
    for (const code of ["tr", "../etc", "TR%00", "TUR", "'; DROP"]) {
      expect((await download("csv", code, s.editor)).response.status).toBe(404);
      expect((await download("vcf", code, s.editor)).response.status).toBe(404);
    }
    expect((await download("csv", "TR", s.editor, "?locale=xx")).response.status).toBe(400);
  });
});

describe("bad input through /api/trpc", () => {
  async function post(path: string, user: TUser, input: unknown) {
    const request = new Request(`${APP_URL}/api/trpc/${path}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        host: "localhost:3000",
        origin: APP_URL,
        ...(await cookieOf(user)),
      },
      body: JSON.stringify(superjson.serialize(input)),
    });
    const response = await callRoute(trpcRoute.POST, request, { trpc: path });
    const body = (await response.json()) as {
      error?: {
        json: { message: string; data: { fieldErrors?: Record<string, string[]>; details?: unknown } };
      };
    };
    return { status: response.status, error: body.error?.json };
  }

  it("answers each refusal with a 4xx naming the field, and stores nothing", async () => {
    const s = await scene();
    const before = await testDb().focalPoint.findMany({ where: { rcpId: s.rcp.id }, orderBy: { id: "asc" } });
    const [existing] = before;
    const data: TFocalPointData = {
      participantCode: "TR",
      name: "Someone",
      title: "",
      agency: "",
      email: "someone@example.gov.tr",
      phone: "",
      languages: [],
      since: "2024-01-01",
      endedAt: "",
      visibility: "ALL_SECRETARIATS",
    };
    const email = await post("focalPoint.create", s.editor, {
      rcpId: s.rcp.id,
      data: { ...data, email: "nope" },
    });
    expect(email.status).toBe(400);
    expect(email.error?.data.fieldErrors).toEqual({ "data.email": ["invalidEmail"] });
    const country = await post("focalPoint.create", s.editor, {
      rcpId: s.rcp.id,
      data: { ...data, participantCode: "BR" },
    });
    expect(country.status).toBe(400);
    expect(country.error).toMatchObject({
      message: "notRepresented",
      data: { details: { field: "data.participantCode" } },
    });
    const ended = await post("focalPoint.create", s.editor, {
      rcpId: s.rcp.id,
      data: { ...data, endedAt: "2020-01-01" },
    });
    expect(ended.error?.data.fieldErrors).toEqual({ "data.endedAt": ["endBeforeSince"] });
    const open = await post("focalPoint.create", s.editor, {
      rcpId: s.rcp.id,
      data: { ...data, visibility: "PUBLIC" },
    });
    expect(open.error?.data.fieldErrors).toEqual({ "data.visibility": ["invalidVisibility"] });
    const stale = await post("focalPoint.update", s.editor, { focalPointId: existing!.id, version: 7, data });
    expect(stale.status).toBe(409);
    expect(
      await testDb().focalPoint.findMany({ where: { rcpId: s.rcp.id }, orderBy: { id: "asc" } }),
    ).toEqual(before);
  });
});
