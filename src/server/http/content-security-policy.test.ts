import { describe, expect, it } from "vitest";
import { buildCsp, isPublicCachedPath } from "./content-security-policy";

describe("content security policy", () => {
  it("uses a nonce and strict-dynamic for per-request pages", () => {
    const csp = buildCsp({ nonce: "abc", isDev: false });
    const scripts = csp.split("; ").find((directive) => directive.startsWith("script-src"));
    expect(scripts).toBe("script-src 'self' 'nonce-abc' 'strict-dynamic'");
  });

  it("always forbids plugins, foreign base URIs and framing", () => {
    for (const csp of [buildCsp({ nonce: "abc", isDev: false }), buildCsp({ nonce: null, isDev: false })]) {
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
    }
  });

  it.each([
    ["/en", true],
    ["/fr/rcps", true],
    ["/es/rcps/bali-process", true],
    ["/en/countries/TH", true],
    ["/en/overlap", true],
    ["/fr/about", true],
    ["/es/api-docs", true],
    ["/en/sign-in", false],
    ["/en/manage/bali-process/edit", false],
    ["/en/admin/users", false],
    ["/en/rcps/bali-process/edit", false],
    ["/de/rcps", false],
  ])("%s is public and cached: %s", (path, expected) => {
    expect(isPublicCachedPath(path)).toBe(expected);
  });
});
