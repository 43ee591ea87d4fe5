import { describe, expect, it } from "vitest";
import { leavesAnEditor } from "./schema";

describe("leavesAnEditor", () => {
  it("is false only when the member is the one active editor, or there is none", () => {
    expect(leavesAnEditor(["a"], "a")).toBe(false);
    expect(leavesAnEditor([], "a")).toBe(false);
    expect(leavesAnEditor(["a"], "b")).toBe(true);
    expect(leavesAnEditor(["a", "b"], "a")).toBe(true);
  });
});
