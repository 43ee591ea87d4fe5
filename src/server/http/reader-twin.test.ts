import { describe, expect, it } from "vitest";
import { buildCsp, isPublicCachedPath } from "./content-security-policy";
import { hasSessionCookie, readerTwinPath } from "./reader-twin";

describe("the activity page's two renders", () => {
  it("sends a signed-in reader to the per-request twin, keeping the locale and slug", () => {
    expect(readerTwinPath("/fr/activities/bali-workshop-2004", true)).toBe(
      "/fr/reader/activities/bali-workshop-2004",
    );
  });

  it.each([
    ["/es/rcps/bali-process", "/es/reader/rcps/bali-process"],
    ["/en/countries/TH", "/en/reader/countries/TH"],
    ["/fr/overlap", "/fr/reader/overlap"],
    ["/fr", "/fr/reader/home"],
    ["/es/", "/es/reader/home"],
  ])("sends a signed-in reader of %s to %s", (path, twin) => {
    expect(readerTwinPath(path, true)).toBe(twin);
  });

  it.each([
    ["/en/activities/bali-workshop-2004", false],
    ["/en/rcps/bali-process", false],
    ["/en/activities", true],
    ["/en/rcps", true],
    ["/en/rcps/bali-process/activities", true],
    ["/en/activities/x/edit", true],
    ["/de/activities/x", true],
    ["/en/overlap", false],
    ["/en/overlap/x", true],
    ["/en", false],
    ["/de", true],
    ["/", true],
    ["/en/reader/home", true],
  ])("leaves %s (signed in: %s) to its own route", (path, isSignedIn) => {
    expect(readerTwinPath(path, isSignedIn)).toBeNull();
  });

  it.each([
    [["next-auth.session-token"], true],
    [["__Secure-next-auth.session-token"], true],
    [["next-auth.session-token.0", "next-auth.session-token.1"], true],
    [["NEXT_LOCALE", "next-auth.csrf-token", "next-auth.callback-url"], false],
    [["next-auth.session-token-evil"], false],
  ])("reads %j as a session: %s", (names, expected) => {
    expect(hasSessionCookie(names)).toBe(expected);
  });

  it("caches the anonymous page, never the list or the twin", () => {
    expect(isPublicCachedPath("/en/activities/bali-workshop-2004")).toBe(true);
    expect(isPublicCachedPath("/en/activities")).toBe(false);
    expect(isPublicCachedPath("/en/reader/activities/bali-workshop-2004")).toBe(false);
    expect(isPublicCachedPath("/en/rcps/bali-process/activities")).toBe(false);
    expect(buildCsp({ nonce: null, isDev: false })).toContain("'unsafe-inline'");
  });
});
