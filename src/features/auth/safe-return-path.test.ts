import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

describe("safeReturnPath", () => {
  it.each([
    ["/fr/manage/apc/edit", "/fr/manage/apc/edit"],
    [undefined, "/en"],
    ["https://evil.example/", "/en"],
    ["//evil.example/path", "/en"],
    ["/\\evil.example", "/en"],
    ["javascript:alert(1)", "/en"],
    [["/es/rcps", "/x"], "/es/rcps"],
  ])("%j → %s", (value, expected) => {
    expect(safeReturnPath(value, "/en")).toBe(expected);
  });
});
