import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { TSeatPlan } from "./cases";
import type { TVerdict } from "./verify";

/** The issue's targets. */
export const MIN_REGISTRATIONS_PER_S = 300;
export const MAX_LIST_P95_MS = 50;

export type TParticipantsCase = {
  key: string;
  input: { activityId: string; status?: "CONFIRMED" | "WAITLISTED"; rcpId?: string; after?: string };
};

export type TRegisterResult = {
  route: string;
  clients: number;
  requests: number;
  durationS: number;
  perS: number;
  p50Ms: number;
  p95Ms: number;
  statuses: Record<string, number>;
  refusals: Record<string, number>;
  errors: number;
};

export type TListResult = {
  key: string;
  route: { requests: number; p50Ms: number; p95Ms: number; failed: number };
  sql: { statements: number; requests: number; p50Ms: number; p95Ms: number };
};

export type TRegistrationReport = {
  startedAt: string;
  commit: string;
  machine: { node: string; cpus: number; loadAverage: [number, number] };
  plan: TSeatPlan;
  register: TRegisterResult[];
  verdict: TVerdict;
  participants: number;
  lists: TListResult[];
};

const ms = (value: number) => value.toFixed(1).padStart(7);
const counts = (record: Record<string, number>) =>
  Object.entries(record)
    .map(([key, count]) => `${key} ${count}`)
    .join(", ") || "none";

export function formatRegistrationReport(report: TRegistrationReport): string {
  const [before, after] = report.machine.loadAverage.map((value) => value.toFixed(2));
  const quotas = Object.entries(report.plan.quotas)
    .map(([slug, seats]) => `${slug} ${seats}`)
    .join(", ");
  const onBehalf = report.register.find((one) => one.route.endsWith("registerOnBehalf"));
  const rateVerdict =
    onBehalf && onBehalf.perS >= MIN_REGISTRATIONS_PER_S && onBehalf.errors === 0 ? "pass" : "FAIL";
  const seatVerdict = report.verdict.problems.length === 0 ? "pass" : "FAIL";
  const v = report.verdict;
  const lines = [
    `Registration: commit ${report.commit}, ${report.machine.cpus} CPUs, load average ${before} before, ${after} after.`,
    `One activity, capacity ${report.plan.capacity} (quotas: ${quotas}; the rest shared).`,
    ...report.register.map(
      (one) =>
        `${one.route}: ${one.requests} requests from ${one.clients} clients in ${one.durationS.toFixed(1)} s = ` +
        `${one.perS.toFixed(0)}/s, p50 ${one.p50Ms.toFixed(1)} ms, p95 ${one.p95Ms.toFixed(1)} ms; ` +
        `answered ${counts(one.statuses)}; refused ${counts(one.refusals)}; ${one.errors} errors`,
    ),
    `Registrations per second through registerOnBehalf: ${onBehalf?.perS.toFixed(0) ?? "n/a"} ` +
      `(target ≥ ${MIN_REGISTRATIONS_PER_S}): ${rateVerdict}.`,
    `In the database: ${v.registrations} registrations, ${v.seated} seated of ${report.plan.capacity}, ` +
      `${Object.entries(v.perQuota)
        .map(([slug, quota]) => `${slug} ${quota.taken}/${quota.seats}`)
        .join(", ")}, shared ${v.shared.taken}/${v.shared.seats}, ${v.waitlisted} waitlisted; ` +
      `${v.duplicates} duplicates, ${v.arrivalTies} arrival ties, ${v.outOfOrder} out of arrival order: ${seatVerdict}` +
      (v.problems.length > 0 ? ` (${v.problems.join("; ")})` : "."),
    `Participant list of ${report.participants} registrations, as a host editor, 50 clients (target p95 ≤ ${MAX_LIST_P95_MS} ms):`,
    `${"case".padEnd(26)} ${"route p50".padStart(9)} ${"route p95".padStart(9)} ${"SQL p95".padStart(9)}  verdict`,
    ...report.lists.map((one) => {
      const isPass = one.route.p95Ms <= MAX_LIST_P95_MS && one.route.failed === 0;
      const failed = one.route.failed > 0 ? ` (${one.route.failed} failed requests)` : "";
      return `${one.key.padEnd(26)} ${ms(one.route.p50Ms)} ms ${ms(one.route.p95Ms)} ms ${ms(one.sql.p95Ms)} ms  ${isPass ? "pass" : "FAIL"}${failed}`;
    }),
  ];
  if (Number(after) > report.machine.cpus) {
    lines.push(
      `The machine was busy (load average ${after} on ${report.machine.cpus} CPUs): a missed target may be the machine's, not the app's.`,
    );
  }
  return lines.join("\n");
}

export async function writeRegistrationReport(report: TRegistrationReport, root: string): Promise<string> {
  const dir = path.join(root, "bench", "results");
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `registration-${report.startedAt.replace(/[:.]/g, "-")}.json`);
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  return path.relative(root, file);
}
