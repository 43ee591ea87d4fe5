// The app process's one job runner, started by src/instrumentation.ts.
import "server-only";
import { env } from "~/env";
import { db } from "~/server/db";
import { appMailer } from "~/server/mail/app-mailer";
import { appStorage } from "~/server/storage/app-storage";
import { createJobRunner } from "./runner";
import { appSchedules } from "./schedules";
import { registerAppJobs } from "./wake";

export async function startAppJobs(): Promise<void> {
  const jobs = createJobRunner({
    connectionString: env.DATABASE_URL,
    db,
    schedules: appSchedules(appMailer, appStorage),
  });
  if (!registerAppJobs(jobs)) return;
  await jobs.start();
  // Next exits soon after these signals: stop taking jobs at once. A message cut off mid-send keeps
  // its lease and is sent again once the lease runs out.
  const stop = () => void jobs.stop().catch((error: unknown) => console.error("Background jobs:", error));
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
