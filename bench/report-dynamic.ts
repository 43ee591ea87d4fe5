import type { TStats } from "./measure";
import { MODES, type TMode } from "./rounds";
import type { TFirstLoadJs } from "./first-load-js";
import { MAX_DYNAMIC_RATIO, MAX_JS_RATIO, MAX_RSS_MB } from "./targets";

export type TWeight = { name: string; path: string; isForm: boolean; js: TFirstLoadJs };

export type TDynamicResult = {
  name: string;
  path: string;
  isSignedIn: boolean;
  stats: Record<TMode, TStats>;
};

/** What the second half of the bench adds to the report: weights, per-request routes, memory. */
export type TServerReport = {
  bareFloor: { static: TFirstLoadJs; dynamic: Record<TMode, TStats> };
  weights: TWeight[];
  dynamic: TDynamicResult[];
  skippedDynamic: { name: string; path: string; reason: string }[];
  rssMb: { app: number | null; bareFloor: number | null };
};

// KiB, as Next.js and browsers' developer tools count them.
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export function formatServerReport(report: TServerReport): string[] {
  const floorJs = report.bareFloor.static.gzipBytes;
  const lines = [
    "",
    `First-load JavaScript (gzip, the scripts each page's HTML loads) against a bare Next.js page: ` +
      `${kB(floorJs)}. Budget: pages ≤ ${MAX_JS_RATIO.page}×, forms ≤ ${MAX_JS_RATIO.form}×.`,
  ];
  for (const weight of report.weights) {
    const ratio = weight.js.gzipBytes / floorJs;
    const limit = weight.isForm ? MAX_JS_RATIO.form : MAX_JS_RATIO.page;
    lines.push(
      `  ${weight.name.padEnd(26)} ${weight.path.padEnd(38)} ${kB(weight.js.gzipBytes).padStart(9)} ` +
        `${`${ratio.toFixed(2)}×`.padStart(6)}  ${ratio <= limit ? "PASS" : "FAIL"}`,
    );
  }
  lines.push(
    "",
    `Rendered per request, against a bare Next.js page rendered per request (×floor on p50; ` +
      `PASS when ≤ ${MAX_DYNAMIC_RATIO}×):`,
    `  ${"route".padEnd(26)} conns     p50   p97.5   req/s  ×floor`,
  );
  const floor = report.bareFloor.dynamic;
  const rows: [string, Record<TMode, TStats>, boolean][] = [
    ["bare page (floor)", floor, false],
    ...report.dynamic.map((route): [string, Record<TMode, TStats>, boolean] => [
      `${route.name}${route.isSignedIn ? " (signed in)" : ""}`,
      route.stats,
      true,
    ]),
  ];
  for (const [name, stats, hasVerdict] of rows) {
    for (const { key, connections } of MODES) {
      const ratio = stats[key].p50Ms / floor[key].p50Ms;
      const verdict = hasVerdict
        ? `${ratio.toFixed(2)}× ${ratio <= MAX_DYNAMIC_RATIO ? "PASS" : "FAIL"}`
        : "";
      const failures = stats[key].non2xx + stats[key].errors + stats[key].timeouts;
      lines.push(
        `  ${(key === "sequential" ? name : "").padEnd(26)} ${String(connections).padStart(5)} ` +
          `${stats[key].p50Ms.toFixed(2).padStart(7)} ${stats[key].p975Ms.toFixed(2).padStart(7)} ` +
          `${stats[key].requestsPerS.toFixed(0).padStart(7)}  ${verdict}` +
          (failures ? `  ! ${failures} failed` : ""),
      );
    }
  }
  for (const skipped of report.skippedDynamic) {
    lines.push(`  SKIPPED ${skipped.name} ${skipped.path}: ${skipped.reason}`);
  }
  const { app, bareFloor } = report.rssMb;
  const mb = (value: number | null) => (value === null ? "unknown" : `${value.toFixed(0)} MB`);
  lines.push(
    "",
    `Server memory (RSS) after the run: app ${mb(app)}` +
      (app === null
        ? ""
        : app <= MAX_RSS_MB
          ? ` (PASS, ≤ ${MAX_RSS_MB} MB)`
          : ` (FAIL, > ${MAX_RSS_MB} MB)`) +
      `; bare Next.js floor ${mb(bareFloor)}.`,
  );
  return lines;
}
