export type TOverlapMode = "shared" | "jaccard";

export type TSwatch = { fill: string; text: string };

/**
 * Five steps of one blue, light to dark. Light fills carry the ink colour, dark fills white, each
 * pair at a contrast of at least 4.5:1 (overlap-scale.test.ts checks it).
 */
export const SWATCHES: readonly TSwatch[] = [
  { fill: "#ffffff", text: "#4a5565" },
  { fill: "#dbe8f6", text: "#1b2330" },
  { fill: "#9ec3ea", text: "#1b2330" },
  { fill: "#2f6fb5", text: "#ffffff" },
  { fill: "#0b3f75", text: "#ffffff" },
];

/** The diagonal (an RCP against itself) is not part of the scale. */
export const DIAGONAL_SWATCH: TSwatch = { fill: "#eceef1", text: "#1b2330" };

/**
 * Lower bounds of each step after the first, which holds exactly 0. Fixed bounds rather than
 * quantiles keep the legend readable and stable as the data changes.
 */
export const THRESHOLDS: Record<TOverlapMode, readonly number[]> = {
  shared: [1, 5, 10, 20],
  jaccard: [Number.MIN_VALUE, 0.1, 0.25, 0.5],
};

export function swatchIndex(value: number, mode: TOverlapMode): number {
  let index = 0;
  for (const [step, threshold] of THRESHOLDS[mode].entries()) {
    if (value >= threshold) index = step + 1;
  }
  return index;
}

export function swatchFor(value: number, mode: TOverlapMode): TSwatch {
  return SWATCHES[swatchIndex(value, mode)] ?? SWATCHES[0]!;
}
