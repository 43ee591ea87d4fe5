import { describe, expect, it } from "vitest";
import { DIAGONAL_SWATCH, SWATCHES, swatchIndex, THRESHOLDS } from "./overlap-scale";

/** WCAG 2.x contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((at) => {
      const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe("overlap colour scale", () => {
  it.each([...SWATCHES, DIAGONAL_SWATCH].map((swatch) => [swatch.fill, swatch.text]))(
    "text on %s (%s) reaches WCAG AA contrast",
    (fill, text) => {
      expect(contrast(fill, text)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it("has one swatch per step and rising thresholds", () => {
    for (const thresholds of Object.values(THRESHOLDS)) {
      expect(thresholds).toHaveLength(SWATCHES.length - 1);
      expect([...thresholds].sort((a, b) => a - b)).toEqual(thresholds);
    }
  });

  it.each([
    [0, "shared", 0],
    [1, "shared", 1],
    [4, "shared", 1],
    [5, "shared", 2],
    [11, "shared", 3],
    [32, "shared", 4],
    [0, "jaccard", 0],
    [0.011, "jaccard", 1],
    [0.1, "jaccard", 2],
    [0.333, "jaccard", 3],
    [0.55, "jaccard", 4],
    [1, "jaccard", 4],
  ] as const)("puts %d (%s) on step %d", (value, mode, step) => {
    expect(swatchIndex(value, mode)).toBe(step);
  });
});
