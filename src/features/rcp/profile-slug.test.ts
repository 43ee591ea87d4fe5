import { describe, expect, it } from "vitest";
import { profileSlug } from "./profile-slug";

describe("profileSlug", () => {
  it("gives a well-formed slug", async () => {
    expect(await profileSlug(Promise.resolve({ slug: "bali-process" }))).toBe("bali-process");
  });

  it.each(["ABC", "a b", "a\u0000", "x".repeat(101)])("answers 404 for %j", async (slug) => {
    await expect(profileSlug(Promise.resolve({ slug }))).rejects.toMatchObject({
      digest: "NEXT_HTTP_ERROR_FALLBACK;404",
    });
  });
});
