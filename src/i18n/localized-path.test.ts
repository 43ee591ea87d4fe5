import { describe, expect, it } from "vitest";
import { localeCookie, localizedPath } from "./localized-path";

describe("localizedPath", () => {
  it.each([
    ["/", "/fr"],
    ["/rcps", "/fr/rcps"],
    ["/rcps/budapest-process", "/fr/rcps/budapest-process"],
    ["/compare?rcps=a&rcps=b", "/fr/compare?rcps=a&rcps=b"],
    ["/?q=x", "/fr?q=x"],
    ["/#main", "/fr#main"],
  ])("puts %s under the locale", (href, expected) => {
    expect(localizedPath("fr", href)).toBe(expected);
  });

  it.each(["https://example.org/x", "//example.org/x", "mailto:a@example.org", "#main"])(
    "leaves %s as it is",
    (href) => {
      expect(localizedPath("es", href)).toBe(href);
    },
  );
});

describe("localeCookie", () => {
  it("is the cookie next-intl's middleware reads, for the whole site", () => {
    expect(localeCookie("es")).toBe("NEXT_LOCALE=es;path=/;sameSite=lax");
  });
});
