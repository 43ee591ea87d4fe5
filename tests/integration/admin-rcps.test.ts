import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { testDb } from "../support/db";
import { callerFor, createUser } from "../support/factories";

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof TRPCError) return `${error.code} ${error.message}`;
    throw error;
  }
}

const newRcp = (overrides: object = {}) => {
  const id = randomUUID().slice(0, 8);
  return {
    slug: `admin-test-${id}`,
    name: `Administration Test Process ${id}`,
    shortName: `Admin test ${id}`,
    acronym: "ATP",
    yearEstablished: 2019,
    region: "ASIA_OCEANIA" as const,
    secretariatKind: "ROTATING" as const,
    description: "  A process created by the administration tests.  ",
    ...overrides,
  };
};

const publicSlugs = async () => (await callerFor(null).rcp.list()).map((rcp) => rcp.slug);

describe("admin.createRcp", () => {
  it("creates an RCP that appears in the public directory and its profile", async () => {
    const admin = await createUser({ platformRole: "ADMIN" });
    const input = newRcp();
    const created = await callerFor(admin).admin.createRcp(input);
    expect(created).toMatchObject({
      slug: input.slug,
      shortName: input.shortName,
      acronym: "ATP",
      yearEstablished: 2019,
      region: "ASIA_OCEANIA",
      secretariatKind: "ROTATING",
      archivedAt: null,
    });
    expect(await publicSlugs()).toContain(input.slug);
    const profile = await callerFor(null).rcp.get({ slug: input.slug });
    expect(profile.description).toEqual({ en: "A process created by the administration tests." });
  });

  it("refuses an address already in use with a CONFLICT that names the problem", async () => {
    const admin = await createUser({ platformRole: "ADMIN" });
    const first = newRcp();
    await callerFor(admin).admin.createRcp(first);
    const again = newRcp({ slug: first.slug });
    expect(await outcome(callerFor(admin).admin.createRcp(again))).toBe("CONFLICT slugTaken");
    expect(await testDb().rcp.count({ where: { slug: first.slug } })).toBe(1);
    expect(await testDb().rcp.count({ where: { name: again.name } })).toBe(0);
  });

  it("decides between two administrators taking the same address at once", async () => {
    const admin = await createUser({ platformRole: "ADMIN" });
    const slug = newRcp().slug;
    const results = await Promise.all(
      [1, 2, 3].map(() => outcome(callerFor(admin).admin.createRcp(newRcp({ slug })))),
    );
    expect(results.sort()).toEqual(["CONFLICT slugTaken", "CONFLICT slugTaken", "ok"]);
    expect(
      await testDb().auditLog.count({
        where: { action: "rcp.create", details: { path: ["slug"], equals: slug } },
      }),
    ).toBe(1);
  });

  it("refuses invalid fields, each with its own message", async () => {
    const admin = await createUser({ platformRole: "ADMIN" });
    const error = await callerFor(admin)
      .admin.createRcp(newRcp({ slug: "Not A Slug", name: " ", yearEstablished: 3000, region: "MARS" }))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TRPCError);
    const issues = (
      (error as TRPCError).cause as unknown as { issues: { path: string[]; message: string }[] }
    ).issues;
    expect(Object.fromEntries(issues.map((issue) => [issue.path.join("."), issue.message]))).toEqual({
      slug: "slugFormat",
      name: "required",
      yearEstablished: "yearRange",
      region: "required",
    });
  });
});

describe("admin.archiveRcp and admin.unarchiveRcp", () => {
  it("archived RCPs leave the public pages but stay in the administration's list", async () => {
    const admin = await createUser({ platformRole: "ADMIN" });
    const rcp = await callerFor(admin).admin.createRcp(newRcp());

    const archived = await callerFor(admin).admin.archiveRcp({ rcpId: rcp.id });
    expect(archived.archivedAt).toBeInstanceOf(Date);
    expect(await publicSlugs()).not.toContain(rcp.slug);
    expect(await outcome(callerFor(null).rcp.get({ slug: rcp.slug }))).toBe("NOT_FOUND NOT_FOUND");
    const listed = (await callerFor(admin).admin.listRcps()).find((item) => item.id === rcp.id);
    expect(listed?.archivedAt).toBeInstanceOf(Date);

    const restored = await callerFor(admin).admin.unarchiveRcp({ rcpId: rcp.id });
    expect(restored.archivedAt).toBeNull();
    expect(await publicSlugs()).toContain(rcp.slug);
  });

  it("archiving twice records once; unknown RCPs are NOT_FOUND", async () => {
    const admin = await createUser({ platformRole: "ADMIN" });
    const rcp = await callerFor(admin).admin.createRcp(newRcp());
    await callerFor(admin).admin.archiveRcp({ rcpId: rcp.id });
    const first = await testDb().rcp.findUniqueOrThrow({ where: { id: rcp.id } });
    await callerFor(admin).admin.archiveRcp({ rcpId: rcp.id });
    expect((await testDb().rcp.findUniqueOrThrow({ where: { id: rcp.id } })).archivedAt).toEqual(
      first.archivedAt,
    );
    expect(await testDb().auditLog.count({ where: { rcpId: rcp.id, action: "rcp.archive" } })).toBe(1);
    expect(await outcome(callerFor(admin).admin.archiveRcp({ rcpId: "cnosuchrcp0000000000000000" }))).toBe(
      "NOT_FOUND NOT_FOUND",
    );
  });
});
