import { describe, expect, it } from "vitest";
import { canEditFromMe } from "./can-edit-profile";

const me = (json: unknown) => ({ result: { data: { json } } });
const role = (slug: string, value: "EDITOR" | "VIEWER") => ({
  role: value,
  rcp: { id: "x", slug, shortName: slug },
});

describe("canEditFromMe", () => {
  it("lets administrators edit every profile", () => {
    expect(canEditFromMe(me({ platformRole: "ADMIN", rcpRoles: [] }), "apc")).toBe(true);
  });

  it("lets editors edit their own RCP's profile only", () => {
    const editor = me({ platformRole: "USER", rcpRoles: [role("bali-process", "EDITOR")] });
    expect(canEditFromMe(editor, "bali-process")).toBe(true);
    expect(canEditFromMe(editor, "apc")).toBe(false);
  });

  it("does not let viewers edit", () => {
    expect(canEditFromMe(me({ platformRole: "USER", rcpRoles: [role("apc", "VIEWER")] }), "apc")).toBe(false);
  });

  it.each([null, {}, { error: { message: "UNAUTHORIZED" } }, me(null), me({ rcpRoles: "apc" })])(
    "answers no to %j",
    (body) => {
      expect(canEditFromMe(body, "apc")).toBe(false);
    },
  );
});
