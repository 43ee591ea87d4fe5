import { describe, expect, it } from "vitest";
import { coverageClasses, coverageFill, NO_RCP_FILL } from "./coverage-scale";

describe("coverage colour scale", () => {
  it("gives each count up to the highest its own, darker shade", () => {
    const classes = coverageClasses(4);
    expect(classes.map((c) => c.from)).toEqual([1, 2, 3, 4]);
    expect(classes.some((c) => c.isOpenEnded)).toBe(false);
    const fills = [1, 2, 3, 4].map((count) => coverageFill(count, classes));
    expect(new Set(fills).size).toBe(4);
    const lightness = fills.map((hex) => parseInt(hex.slice(1, 3), 16));
    expect(lightness).toEqual([...lightness].sort((a, b) => b - a));
  });

  it("leaves countries in no RCP in the neutral fill", () => {
    expect(coverageFill(0, coverageClasses(4))).toBe(NO_RCP_FILL);
    expect(coverageClasses(4).map((c) => c.fill)).not.toContain(NO_RCP_FILL);
  });

  it("gathers high counts in an open-ended last class", () => {
    const classes = coverageClasses(9);
    expect(classes).toHaveLength(5);
    expect(classes.at(-1)).toMatchObject({ from: 5, isOpenEnded: true });
    expect(coverageFill(9, classes)).toBe(coverageFill(5, classes));
    expect(coverageFill(4, classes)).not.toBe(coverageFill(5, classes));
  });

  it("has no class when nobody is a member of anything", () => {
    expect(coverageClasses(0)).toEqual([]);
    expect(coverageFill(0, [])).toBe(NO_RCP_FILL);
  });
});
