import { describe, expect, it } from "vitest";
import { HIGHLIGHT_START as S, HIGHLIGHT_STOP as E, highlightParts } from "./highlight";

describe("highlightParts", () => {
  it("splits marked text into matched and plain parts", () => {
    expect(highlightParts(`la ${S}migración${E} ${S}laboral${E} hoy`)).toEqual([
      { text: "la ", isMatch: false },
      { text: "migración", isMatch: true },
      { text: " ", isMatch: false },
      { text: "laboral", isMatch: true },
      { text: " hoy", isMatch: false },
    ]);
  });

  it("keeps markup from a document as text, never as a part of its own", () => {
    const parts = highlightParts(`<img src=x onerror=alert(1)> ${S}<b>report</b>${E}`);
    expect(parts.map((part) => part.text).join("")).toBe("<img src=x onerror=alert(1)> <b>report</b>");
    expect(parts.find((part) => part.isMatch)?.text).toBe("<b>report</b>");
  });

  it("survives unbalanced marks", () => {
    expect(highlightParts(`a${E}b${S}c`)).toEqual([
      { text: "ab", isMatch: false },
      { text: "c", isMatch: true },
    ]);
    expect(highlightParts("")).toEqual([]);
  });
});
