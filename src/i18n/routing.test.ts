import { describe, expect, it } from "vitest";
import { toLocale } from "./routing";

describe("stored languages", () => {
  it("keeps a locale of the interface and falls back for anything else", () => {
    expect(toLocale("es")).toBe("es");
    expect(toLocale("de")).toBe("en");
    expect(toLocale(null)).toBe("en");
    expect(toLocale(undefined, "fr")).toBe("fr");
  });
});
