import { describe, expect, it } from "vitest";
import { sameOriginPath } from "./same-origin-path";

const APP = "http://localhost:3000";

describe("sameOriginPath", () => {
  it.each([
    ["/en/manage?x=1#y", "/en/manage?x=1#y"],
    ["http://localhost:3000/en/manage?x=1", "/en/manage?x=1"],
    ["http://localhost:3001/en", null],
    ["https://localhost:3000/en", null],
    ["http://localhost:3000.evil.example/", null],
    ["\\\\evil.example", null],
    ["/\t/evil.example", null],
    ["/\n/evil.example", null],
    ["/.//evil.example", null],
    ["http://[::1", null],
  ])("%j → %s", (value, expected) => {
    expect(sameOriginPath(value, APP)).toBe(expected);
  });
});
