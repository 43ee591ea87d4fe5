import { describe, expect, it } from "vitest";
import { isSlug, ZSlug } from "./record-id";

describe("slugs", () => {
  it.each(["budapest-process", "rcp-2", "a", "x".repeat(100)])("accepts %j", (slug) => {
    expect(isSlug(slug)).toBe(true);
    expect(ZSlug.safeParse(slug).success).toBe(true);
  });

  it.each(["ABC", "", " abc", "a b", "a\u0000b", "a/b", "%2e%2e", "é", "x".repeat(101), undefined])(
    "refuses %j",
    (slug) => {
      expect(isSlug(slug)).toBe(false);
      expect(ZSlug.safeParse(slug).success).toBe(false);
    },
  );
});
