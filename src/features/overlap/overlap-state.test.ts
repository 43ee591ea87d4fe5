import { describe, expect, it } from "vitest";
import { readOverlapState, writeOverlapState } from "./overlap-state";

const slugs = new Set(["colombo-process", "abu-dhabi-dialogue", "apc"]);
const read = (query: string) => readOverlapState(new URLSearchParams(query), slugs);

describe("overlap state in the query string", () => {
  it("reads a shared pair and mode", () => {
    expect(read("a=colombo-process&b=abu-dhabi-dialogue&mode=jaccard")).toEqual({
      mode: "jaccard",
      selection: { row: "colombo-process", col: "abu-dhabi-dialogue" },
    });
  });

  it.each(["a=colombo-process&b=colombo-process", "a=colombo-process&b=nowhere", "a=apc", "b=apc", ""])(
    "ignores %j as a selection",
    (query) => {
      expect(read(query).selection).toBeNull();
    },
  );

  it("falls back to shared states for an unknown mode", () => {
    expect(read("mode=venn").mode).toBe("shared");
  });

  it("writes back what it reads and keeps unrelated parameters", () => {
    const query = writeOverlapState(new URLSearchParams("utm=x&a=apc&b=colombo-process"), {
      mode: "jaccard",
      selection: { row: "colombo-process", col: "abu-dhabi-dialogue" },
    });
    expect(query).toBe("?utm=x&a=colombo-process&b=abu-dhabi-dialogue&mode=jaccard");
    expect(read(query.slice(1)).selection).toEqual({ row: "colombo-process", col: "abu-dhabi-dialogue" });
  });

  it("writes nothing for the default state", () => {
    expect(
      writeOverlapState(new URLSearchParams("a=apc&b=colombo-process"), { mode: "shared", selection: null }),
    ).toBe("");
  });
});
