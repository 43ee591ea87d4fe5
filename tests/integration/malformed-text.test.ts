// Text with a lone UTF-16 surrogate, which only a hand-made request can carry, is refused as a bad
// request naming the field, and nothing is stored: PostgreSQL's JSON would refuse it with a 500.
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { testDb } from "../support/db";
import { callerFor, createRcp, createUser } from "../support/factories";
import { changed, editableOf } from "../support/profiles";

async function refusal(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

describe("text that is not well-formed Unicode", () => {
  it.each([
    ["the short name", "shortName"],
    ["a description", "description.en"],
    ["another name", "otherNames.0.name"],
  ])(
    "in %s of a profile is a BAD_REQUEST on that field, and the profile is unchanged",
    async (_label, field) => {
      const rcp = await createRcp();
      const editor = await createUser({ staff: [{ rcpId: rcp.id, role: "EDITOR" }] });
      const before = await editableOf(rcp.id);
      const input = await changed(rcp.id, (data) => {
        if (field === "shortName") data.shortName = "Lone \uD800 surrogate";
        if (field === "description.en") data.description.en = "Ends badly \uDC00";
        if (field === "otherNames.0.name") data.otherNames = [{ name: "\uDBFF" }];
      });
      const error = await refusal(callerFor(editor).rcp.update(input));
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.cause && "issues" in error.cause ? error.cause.issues : []).toMatchObject([
        { path: ["data", ...field.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part))] },
      ]);
      expect(await editableOf(rcp.id)).toEqual(before);
    },
  );

  it("in a new RCP's description is a BAD_REQUEST, and no RCP is created", async () => {
    const admin = await createUser({ platformRole: "ADMIN" });
    const slug = `lone-surrogate-${Date.now()}`;
    const error = await refusal(
      callerFor(admin).admin.createRcp({
        slug,
        name: "Lone Surrogate Process",
        shortName: "Lone",
        yearEstablished: 2010,
        region: "THEMATIC",
        secretariatKind: "NONE",
        description: "Broken \uD83D",
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(await testDb().rcp.count({ where: { slug } })).toBe(0);
  });

  it("in emoji and other scripts is ordinary text, and saved", async () => {
    const rcp = await createRcp();
    const editor = await createUser({ staff: [{ rcpId: rcp.id, role: "EDITOR" }] });
    const input = await changed(rcp.id, (data) => {
      data.shortName = "🦄 مسار الرباط";
    });
    await callerFor(editor).rcp.update(input);
    expect((await editableOf(rcp.id)).data.shortName).toBe("🦄 مسار الرباط");
  });
});
