/** Items grouped by a year, oldest year first, each group keeping the items' order. */
export function groupByYear<T>(items: readonly T[], yearOf: (item: T) => number): [number, T[]][] {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const year = yearOf(item);
    const group = groups.get(year);
    if (group) group.push(item);
    else groups.set(year, [item]);
  }
  return [...groups.entries()].sort(([a], [b]) => a - b);
}

/** Every year from the first to the last, so an axis shows the gaps between events too. */
export function yearRange(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}
