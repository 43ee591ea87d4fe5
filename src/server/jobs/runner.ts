// The job queue: pg-boss on the app's own PostgreSQL, in its own schema. Every app instance runs
// one; pg-boss's locking hands each job to one worker and fires each schedule once per due time,
// however many instances are up.
import PgBoss from "pg-boss";
import type { TDb } from "~/server/db-client";
import { MAIL_DELIVERY, type TSchedule } from "./schedules";
import { coalesce } from "./coalesce";

export const JOBS_SCHEMA = "pgboss";

export type TJobRunnerOptions = {
  connectionString: string;
  db: TDb;
  schedules: readonly TSchedule[];
  /** How often idle workers look for jobs; tests use the minimum, 0.5. */
  pollingIntervalSeconds?: number;
  /** How often pg-boss checks which schedules are due (30 s by default); tests use 1. */
  cronIntervalSeconds?: number;
  onError?: (error: Error) => void;
};

export type TJobRunner = {
  start: () => Promise<void>;
  /** Asks for a delivery round now; false when one is already waiting (it will see the new mail). */
  wake: () => Promise<boolean>;
  /** Asks for a run of another schedule now (text extraction after an upload). */
  nudge?: (name: string) => Promise<boolean>;
  /** Stops taking jobs and waits up to `timeoutMs` for those running. */
  stop: (timeoutMs?: number) => Promise<void>;
};

// A run takes at most this long before pg-boss gives it up (the delivery's own budget is shorter).
const JOB_EXPIRY_SECONDS = 5 * 60;

export function createJobRunner(options: TJobRunnerOptions): TJobRunner {
  const { connectionString, db, schedules, pollingIntervalSeconds = 2 } = options;
  const boss = new PgBoss({
    connectionString,
    schema: JOBS_SCHEMA,
    max: 4,
    application_name: "rcp-jobs",
    ...(options.cronIntervalSeconds
      ? {
          cronMonitorIntervalSeconds: options.cronIntervalSeconds,
          cronWorkerIntervalSeconds: options.cronIntervalSeconds,
        }
      : {}),
  });
  boss.on("error", options.onError ?? ((error) => console.error("Background jobs:", error)));

  // Coalesced: every mutation wakes, and under load all but one of the sends were refused anyway.
  const wake = coalesce(async () => (await boss.send(MAIL_DELIVERY, {})) !== null);

  return {
    wake,
    nudge: async (name) => (await boss.send(name, {})) !== null,
    start: async () => {
      await boss.start();
      const names = new Set(schedules.map((schedule) => schedule.name));
      // A schedule dropped from the registry would otherwise keep filling a queue nobody works.
      for (const old of await boss.getSchedules()) {
        if (!names.has(old.name)) await boss.unschedule(old.name);
      }
      for (const schedule of schedules) {
        // "stately": at most one run waiting and one running per queue, so a burst of wake-ups
        // or an instance that joins late never piles up runs of the same work.
        await boss.createQueue(schedule.name, {
          name: schedule.name,
          policy: "stately",
          expireInSeconds: JOB_EXPIRY_SECONDS,
        });
        await boss.schedule(schedule.name, schedule.cron, {}, { tz: "UTC" });
        await boss.work(schedule.name, { pollingIntervalSeconds }, async () => {
          await schedule.handler(db, new Date());
          if (schedule.isQueueingMail) await wake();
        });
      }
    },
    stop: (timeoutMs = 10_000) => boss.stop({ graceful: true, timeout: timeoutMs }),
  };
}
