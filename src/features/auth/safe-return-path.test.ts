import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

describe("safeReturnPath", () => {
  it.each([
    ["/fr/manage/apc/edit", "/fr/manage/apc/edit"],
    ["/en/rcps?region=AFRICA#list", "/en/rcps?region=AFRICA#list"],
    [undefined, "/en"],
    ["", "/en"],
    ["https://evil.example/", "/en"],
    ["//evil.example/path", "/en"],
    ["/\\evil.example", "/en"],
    ["\\\\evil.example", "/en"],
    ["javascript:alert(1)", "/en"],
    // Browsers drop tabs and line breaks from URLs: these become //evil.example.
    ["/\t/evil.example", "/en"],
    ["/\n/evil.example", "/en"],
    ["/\r/evil.example", "/en"],
    ["\t//evil.example", "/en"],
    // A path that normalises to one starting with // would be read as a host when followed.
    ["/.//evil.example", "/en"],
    ["http://localhost:3000.evil.example/", "/en"],
    [["/es/rcps", "/x"], "/es/rcps"],
  ])("%j → %s", (value, expected) => {
    expect(safeReturnPath(value, "/en")).toBe(expected);
  });
});
