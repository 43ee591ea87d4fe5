// Text PostgreSQL cannot store (NUL) or that no field needs (other control characters, lone
// surrogates) is refused as the field's error, with the message key the forms translate, before
// anything is written: never a database error.
import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { testDb } from "../support/db";
import { callerFor, createCast, createInvitation } from "../support/factories";
import { changed, editableOf } from "../support/profiles";
import { callRoute } from "../support/route-request";

const APP_URL = vi.hoisted(() => {
  const url = "http://localhost:3000";
  process.env.NEXTAUTH_URL = url;
  process.env.NEXTAUTH_SECRET ??= "a test secret that is long enough for next-auth";
  return url;
});

const { POST } = await import("~/app/api/trpc/[trpc]/route");

const PASSWORD = "a long and correct password";
const BAD = ["\u0000", "\u0007", "\u001b", "\u007f", "\ud800"];
const BAD_LINE = [...BAD, "\n", "\t"];

type TCast = Awaited<ReturnType<typeof createCast>>;
let cast: TCast;
beforeAll(async () => {
  cast = await createCast();
});

/** The refusal's field errors, as the errorFormatter sends them: path → message keys. */
async function refusal(promise: Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe("BAD_REQUEST");
  const fields: Record<string, string[]> = {};
  for (const issue of (error as { cause: { issues: { path: PropertyKey[]; message: string }[] } }).cause
    .issues) {
    (fields[issue.path.map(String).join(".")] ??= []).push(issue.message);
  }
  return fields;
}

describe("rcp.update", () => {
  it.each(BAD_LINE)("refuses %j in a name, storing nothing", async (bad) => {
    const before = await editableOf(cast.rcp.id);
    const input = await changed(cast.rcp.id, (data) => (data.shortName = `Short${bad}name`));
    expect(await refusal(callerFor(cast.users.editor).rcp.update(input))).toMatchObject({
      "data.shortName": ["invalidCharacters"],
    });
    expect(await editableOf(cast.rcp.id)).toEqual(before);
  });

  it.each(BAD)("refuses %j in a description, storing nothing", async (bad) => {
    const before = await editableOf(cast.rcp.id);
    const input = await changed(cast.rcp.id, (data) => (data.description.en = `Line one${bad}line two`));
    expect(await refusal(callerFor(cast.users.editor).rcp.update(input))).toMatchObject({
      "data.description.en": ["invalidCharacters"],
    });
    expect(await editableOf(cast.rcp.id)).toEqual(before);
  });

  it("keeps line breaks and tabs in a description, and stores text in its composed form", async () => {
    const input = await changed(cast.rcp.id, (data) => {
      data.description.en = "First paragraph.\n\n\tSecond, Cafe\u0301.";
      data.shortName = "Cafe\u0301";
    });
    await callerFor(cast.users.editor).rcp.update(input);
    const { data } = await editableOf(cast.rcp.id);
    expect(data.description.en).toBe("First paragraph.\n\n\tSecond, Caf\u00e9.");
    expect(data.shortName).toBe("Caf\u00e9");
  });
});

describe("invitation.create", () => {
  it.each(BAD_LINE)("refuses %j in the name, from an RCP or the administration", async (bad) => {
    const email = `invitee-${randomUUID().slice(0, 8)}@example.org`;
    const common = { email, name: `Amina${bad}Diallo`, locale: "en" as const };
    const fromRcp = callerFor(cast.users.editor).invitation.create({
      ...common,
      rcp: { rcpId: cast.rcp.id, role: "VIEWER" },
    });
    expect(await refusal(fromRcp)).toMatchObject({ name: ["invalidCharacters"] });
    const fromAdmin = callerFor(cast.users.admin).invitation.create({
      ...common,
      isPlatformAdmin: true,
      rcp: null,
    });
    expect(await refusal(fromAdmin)).toMatchObject({ name: ["invalidCharacters"] });
    expect(await testDb().invitation.count({ where: { email } })).toBe(0);
  });
});

describe("invitation.accept", () => {
  it.each(BAD_LINE)("refuses %j in the name, creating no account", async (bad) => {
    const invitation = await createInvitation({ invitedById: cast.users.admin.id, rcpId: cast.rcp.id });
    const accept = callerFor(null).invitation.accept({
      token: invitation.token,
      name: `Amina${bad}Diallo`,
      password: PASSWORD,
      locale: "en",
    });
    expect(await refusal(accept)).toMatchObject({ name: ["invalidCharacters"] });
    expect(await testDb().user.count({ where: { email: invitation.email } })).toBe(0);
  });

  it("answers the browser 400 with the field's message key, through the route", async () => {
    const invitation = await createInvitation({ invitedById: cast.users.admin.id, rcpId: cast.rcp.id });
    const request = new Request(`${APP_URL}/api/trpc/invitation.accept`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: APP_URL },
      // The client's transformer (superjson) wraps the input.
      body: JSON.stringify({
        json: { token: invitation.token, name: "A\u0000", password: PASSWORD, locale: "en" },
      }),
    });
    const response = await callRoute(POST, request, {});
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { json: { data: { fieldErrors: unknown } } } };
    expect(body.error.json.data.fieldErrors).toEqual({ name: ["invalidCharacters"] });
    expect(await testDb().user.count({ where: { email: invitation.email } })).toBe(0);
  });
});

describe("admin.createRcp", () => {
  it.each(BAD_LINE)("refuses %j in the name", async (bad) => {
    const slug = `plain-text-${randomUUID().slice(0, 8)}`;
    const create = callerFor(cast.users.admin).admin.createRcp({
      slug,
      name: `Process${bad}name`,
      shortName: "Process",
      yearEstablished: 2019,
      region: "AFRICA",
      secretariatKind: "NONE",
    });
    expect(await refusal(create)).toMatchObject({ name: ["invalidCharacters"] });
    expect(await testDb().rcp.count({ where: { slug } })).toBe(0);
  });
});
