// The app process's one job runner, started by src/instrumentation.ts.
import "server-only";
import { env } from "~/env";
import { db } from "~/server/db";
import { appMailer } from "~/server/mail/app-mailer";
import { createJobRunner, type TJobRunner } from "./runner";
import { appSchedules } from "./schedules";

// On globalThis: route bundles and the instrumentation hook may load this module separately.
const globalForJobs = globalThis as unknown as { jobs?: TJobRunner };

export async function startAppJobs(): Promise<void> {
  if (globalForJobs.jobs) return;
  const jobs = createJobRunner({
    connectionString: env.DATABASE_URL,
    db,
    schedules: appSchedules(appMailer),
  });
  globalForJobs.jobs = jobs;
  await jobs.start();
  // Next exits soon after these signals: stop taking jobs at once. A message cut off mid-send keeps
  // its lease and is sent again once the lease runs out.
  const stop = () => void jobs.stop().catch((error: unknown) => console.error("Background jobs:", error));
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

/**
 * Call after a transaction that queued mail has committed: delivers it now rather than at the next
 * one-minute sweep. Never throws — a lost nudge only delays the mail until that sweep.
 */
export async function wakeMailDelivery(): Promise<void> {
  try {
    await globalForJobs.jobs?.wake();
  } catch (error) {
    console.error("Mail delivery could not be woken; the sweep will send it", error);
  }
}
