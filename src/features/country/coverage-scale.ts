/** Fill of a country that is a member of no RCP (or not in the data): a neutral gap. */
export const NO_RCP_FILL = "#e3e6ea";

// Sequential blues (the darker five of ColorBrewer's 7-class "Blues"): the lightest still stands
// apart from the neutral grey of the gaps. Never used behind text.
const STEPS = ["#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594"] as const;

export type TCoverageClass = {
  /** Smallest count in the class. */
  from: number;
  /** Whether the class gathers every count from `from` up. */
  isOpenEnded: boolean;
  fill: string;
};

/**
 * One legend class per count from 1 to the highest (Thailand's 4 gets its own shade); past five
 * counts, the last class gathers the rest. Shades are spread over the whole ramp.
 */
export function coverageClasses(highest: number): TCoverageClass[] {
  const count = Math.min(Math.max(highest, 0), STEPS.length);
  return Array.from({ length: count }, (_, index) => ({
    from: index + 1,
    isOpenEnded: index === STEPS.length - 1 && highest > STEPS.length,
    // Rounding up drops a light step rather than a dark one: the two lightest blues are the closest.
    fill: STEPS[count === 1 ? 2 : Math.ceil((index * (STEPS.length - 1)) / (count - 1))] ?? STEPS[0],
  }));
}

export function coverageFill(memberOf: number, classes: TCoverageClass[]): string {
  if (memberOf < 1) return NO_RCP_FILL;
  return (
    (classes[Math.min(memberOf, classes.length) - 1] ?? classes[classes.length - 1])?.fill ?? NO_RCP_FILL
  );
}
