// Organisations' acronyms in French and Spanish (OIM, HCR / ACNUR), set by administrators.
import { describe, expect, it } from "vitest";
import { testDb } from "../support/db";
import { callerFor, createOrganisation, createUser } from "../support/factories";
import { errorOf } from "../support/trpc-error";

describe("admin.updateOrganisationAcronyms", () => {
  const acronymsOf = async (id: string) =>
    (await testDb().participant.findUniqueOrThrow({ where: { id }, select: { localizedAcronyms: true } }))
      .localizedAcronyms;

  it("sets the French and Spanish acronyms, audited once, and clears them again", async () => {
    const admin = await createUser({ platformRole: "ADMIN" });
    const organisation = await createOrganisation();
    const update = (data: { fr?: string; es?: string }) =>
      callerFor(admin).admin.updateOrganisationAcronyms({ id: organisation.id, data });
    expect((await update({ fr: " OIT ", es: "OIT" })).localizedAcronyms).toEqual({ fr: "OIT", es: "OIT" });
    await update({ fr: "OIT", es: "OIT" });
    expect(
      await testDb().auditLog.count({ where: { action: "organisation.update", targetId: organisation.id } }),
    ).toBe(1);
    await update({ fr: "", es: "" });
    expect(await acronymsOf(organisation.id)).toBeNull();
  });

  it("refuses a long or two-line acronym with the field's own message, storing nothing", async () => {
    const admin = await createUser({ platformRole: "ADMIN" });
    const organisation = await createOrganisation();
    const update = (data: unknown) =>
      callerFor(admin).admin.updateOrganisationAcronyms({ id: organisation.id, data } as never);
    const tooLong = await errorOf(update({ fr: "O".repeat(31) }));
    expect(tooLong.code).toBe("BAD_REQUEST");
    expect(tooLong.cause?.message).toContain("tooLong");
    expect((await errorOf(update({ es: "OI\nM" }))).code).toBe("BAD_REQUEST");
    expect((await errorOf(update({ de: "IOM" }))).code).toBe("BAD_REQUEST");
    expect(await acronymsOf(organisation.id)).toBeNull();
  });

  it("answers NOT_FOUND for a state or an unknown id", async () => {
    const admin = await createUser({ platformRole: "ADMIN" });
    const state = await testDb().participant.findFirstOrThrow({ where: { kind: "STATE" } });
    for (const id of [state.id, "cl0000000000000000000000"]) {
      const error = await errorOf(
        callerFor(admin).admin.updateOrganisationAcronyms({ id, data: { fr: "X" } }),
      );
      expect(error.code).toBe("NOT_FOUND");
    }
    expect(await acronymsOf(state.id)).toBeNull();
  });
});
