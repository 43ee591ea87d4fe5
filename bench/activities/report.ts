import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { TLoadReport } from "../../scripts/lib/load-data";

/** The issue's targets: p95 at most 50 ms, and at most 2 ms above the same SQL run directly. */
export const MAX_P95_MS = 50;
export const MAX_OVERHEAD_MS = 2;

export type TCaseResult = {
  key: string;
  actor: string;
  statements: number;
  route: { requests: number; p50Ms: number; p95Ms: number; failed: number };
  sql: { requests: number; p50Ms: number; p95Ms: number };
};

export type TActivityReport = {
  startedAt: string;
  commit: string;
  machine: { node: string; cpus: number; loadAverage: number };
  load: TLoadReport;
  connections: number;
  plan: { warmUpS: number; rounds: number; roundS: number };
  results: TCaseResult[];
};

const ms = (value: number) => value.toFixed(1).padStart(7);

export function formatActivityReport(report: TActivityReport): string {
  const header = `${"case".padEnd(34)} ${"route p50".padStart(9)} ${"route p95".padStart(9)} ${"SQL p95".padStart(9)} ${"over SQL".padStart(9)}  verdict`;
  const rows = report.results.map((result) => {
    const overhead = result.route.p95Ms - result.sql.p95Ms;
    const isPass =
      result.route.p95Ms <= MAX_P95_MS && overhead <= MAX_OVERHEAD_MS && result.route.failed === 0;
    const failed = result.route.failed > 0 ? ` (${result.route.failed} failed requests)` : "";
    return `${`${result.actor} ${result.key}`.padEnd(34)} ${ms(result.route.p50Ms)} ms ${ms(result.route.p95Ms)} ms ${ms(result.sql.p95Ms)} ms ${ms(overhead)} ms  ${isPass ? "pass" : "FAIL"}${failed}`;
  });
  return [
    `Activities: ${report.load.activities} generated (+ the documents' own), ${report.connections} concurrent clients, ` +
      `${report.plan.rounds} × ${report.plan.roundS} s per case; commit ${report.commit}, ${report.machine.cpus} CPUs.`,
    `Targets: route p95 ≤ ${MAX_P95_MS} ms and ≤ ${MAX_OVERHEAD_MS} ms above the same SQL run directly.`,
    header,
    ...rows,
  ].join("\n");
}

export async function writeActivityReport(report: TActivityReport, root: string): Promise<string> {
  const dir = path.join(root, "bench", "results");
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `activities-${report.startedAt.replace(/[:.]/g, "-")}.json`);
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  return path.relative(root, file);
}
