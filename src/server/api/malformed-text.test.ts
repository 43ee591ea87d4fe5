import { describe, expect, it } from "vitest";
import { findMalformedText } from "./malformed-text";

describe("findMalformedText", () => {
  it("finds a lone surrogate, high or low, wherever it is", () => {
    expect(findMalformedText("a\uD800b")).toEqual([]);
    expect(findMalformedText({ data: { names: [{ name: "ok" }, { name: "x\uDC00" }] } })).toEqual([
      "data",
      "names",
      1,
      "name",
    ]);
    expect(findMalformedText({ "key\uD83D": 1 })).toEqual(["key\uD83D"]);
  });

  it("passes any real text: paired surrogates (emoji), right-to-left, control characters", () => {
    expect(
      findMalformedText({ name: "🦄 مسار \u202E", note: ["\u0001", "日本"], at: new Date(0), n: 1 }),
    ).toBeNull();
    expect(findMalformedText(undefined)).toBeNull();
  });
});
