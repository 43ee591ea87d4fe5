import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { TStats } from "./measure";
import { formatServerReport, type TServerReport } from "./report-dynamic";
import { MODES, type TMode, type TPageStats, type TPlan } from "./rounds";
import { MAX_RATIO_TO_FLOOR } from "./targets";

export type TPageResult = TPageStats & {
  name: string;
  path: string;
  bytes: number;
  cache: string | null;
};

export type TReport = {
  startedAt: string;
  commit: string;
  machine: { node: string; nginx: string; cpus: number; cpuModel: string; loadAverage: [number, number] };
  settings: TPlan & { maxRatioToFloor: number };
  floor: TPageResult;
  targets: (TPageResult & { verdicts: Record<TMode, TVerdict> })[];
  skipped: { name: string; path: string; reason: string }[];
  server: TServerReport;
};

type TVerdict = { ratioToNginx: number; ratioToFloor: number; isPass: boolean };

export function verdicts(page: TPageResult, floor: TPageResult): Record<TMode, TVerdict> {
  const verdict = (mode: TMode): TVerdict => {
    const ratioToFloor = page.next[mode].p50Ms / floor.next[mode].p50Ms;
    return {
      ratioToNginx: page.next[mode].p50Ms / page.nginx[mode].p50Ms,
      ratioToFloor,
      isPass: ratioToFloor <= MAX_RATIO_TO_FLOOR,
    };
  };
  return { sequential: verdict("sequential"), concurrent: verdict("concurrent") };
}

export function formatReport(report: TReport): string {
  const { machine, settings } = report;
  const lines = [
    "",
    `RCP Exchange: warm public pages, ${report.startedAt} (commit ${report.commit})`,
    `Node ${machine.node}, nginx ${machine.nginx}, ${machine.cpus} × ${machine.cpuModel}, ` +
      `load average ${machine.loadAverage[0].toFixed(2)} before, ${machine.loadAverage[1].toFixed(2)} after`,
    `Each row: ${settings.rounds} × ${settings.roundS} s of requests over 1 or 10 keep-alive connections ` +
      `on 127.0.0.1, in rounds interleaving all rows, after a warm-up; latencies in ms.`,
    `×nginx: p50 against the same HTML from files (physical floor); ×floor: p50 against ` +
      `${report.floor.path} on next start (framework floor); PASS when ×floor ≤ ${settings.maxRatioToFloor}.`,
    ...busyWarning(machine),
    "",
    ...formatPage(report.floor, undefined),
    ...report.targets.flatMap((target) => formatPage(target, target.verdicts)),
  ];
  for (const skipped of report.skipped) {
    lines.push(`SKIPPED ${skipped.name} ${skipped.path}: ${skipped.reason}`);
  }
  const all = report.targets.flatMap((target) => MODES.map(({ key }) => target.verdicts[key].isPass));
  const passed = all.filter(Boolean).length;
  lines.push(
    "",
    `Verdict: ${passed} of ${all.length} page × mode measurements within ${settings.maxRatioToFloor}× ` +
      `of the framework floor` +
      (report.skipped.length ? ` (${report.skipped.length} target(s) skipped).` : "."),
    ...formatServerReport(report.server),
  );
  return lines.join("\n");
}

function busyWarning(machine: TReport["machine"]) {
  // The load after the run counts the bench itself; the one before tells what else was running.
  const load = machine.loadAverage[0];
  if (load < machine.cpus * 0.75) return [];
  return [
    `WARNING: the machine was busy (load average ${load.toFixed(1)} on ${machine.cpus} CPUs): ` +
      "the figures are noisy; run again when it is quieter.",
  ];
}

function formatPage(page: TPageResult, pageVerdicts: Record<TMode, TVerdict> | undefined): string[] {
  const kB = (page.bytes / 1000).toFixed(1);
  const lines = [
    `${page.name}  ${page.path}  (${kB} kB HTML, x-nextjs-cache: ${page.cache ?? "absent"})`,
    ...(page.cache === "HIT"
      ? []
      : ["  WARNING: not served from Next's cache: rendered per request, so not the page this bench means."]),
    `  ${row(["conns", "server", "p50", "p97.5", "p99", "req/s", "×nginx", "×floor", "verdict"])}`,
  ];
  for (const { key, connections } of MODES) {
    const next = page.next[key];
    const verdict = pageVerdicts?.[key];
    const nginxRatio = next.p50Ms / page.nginx[key].p50Ms;
    lines.push(
      `  ${row([
        String(connections),
        "next",
        ...figures(next),
        `${nginxRatio.toFixed(1)}×`,
        verdict ? `${verdict.ratioToFloor.toFixed(2)}×` : "1.00×",
        verdict ? (verdict.isPass ? "PASS" : "FAIL") : "(floor)",
      ])}${problems(next)}`,
      `  ${row(["", "nginx", ...figures(page.nginx[key]), "", "", ""])}${problems(page.nginx[key])}`,
    );
  }
  lines.push("");
  return lines;
}

const WIDTHS = [5, -6, 7, 7, 7, 8, 7, 7, -8];

function row(cells: string[]) {
  return cells
    .map((cell, index) => {
      const width = WIDTHS[index] ?? 0;
      return width < 0 ? cell.padEnd(-width) : cell.padStart(width);
    })
    .join("  ")
    .trimEnd();
}

function figures(stats: TStats) {
  const ms = (value: number) => value.toFixed(2);
  return [ms(stats.p50Ms), ms(stats.p975Ms), ms(stats.p99Ms), stats.requestsPerS.toFixed(0)];
}

function problems(stats: TStats) {
  const found = [
    stats.non2xx && `${stats.non2xx} non-2xx`,
    stats.errors &&
      `${stats.errors} errors (${Object.entries(stats.errorCodes)
        .map(([code, count]) => `${code} ${count}`)
        .join(", ")})`,
    stats.timeouts && `${stats.timeouts} timeouts`,
  ].filter(Boolean);
  return found.length ? `  ! ${found.join(", ")}` : "";
}

/** Writes the report as JSON under bench/results/ (git-ignored); returns the file's path. */
export async function writeReport(report: TReport, root: string): Promise<string> {
  const dir = path.join(root, "bench", "results");
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${report.startedAt.replace(/[:.]/g, "-")}.json`);
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  return path.relative(root, file);
}
