// The after-commit nudge, apart from the runner so that any server code may call it without
// loading the environment or the job queue (neither exists in tests or in `next build`).
import type { TJobRunner } from "./runner";

// On globalThis: route bundles and the instrumentation hook may load these modules separately.
const globalForJobs = globalThis as unknown as { jobs?: TJobRunner };

/** The process's runner, once src/instrumentation.ts started it. */
export function registerAppJobs(jobs: TJobRunner): boolean {
  if (globalForJobs.jobs) return false;
  globalForJobs.jobs = jobs;
  return true;
}

/**
 * Call after a transaction that queued mail has committed: delivers it now rather than at the next
 * one-minute sweep. Never throws — a lost nudge only delays the mail until that sweep. Without a
 * runner in this process (tests, scripts) it does nothing.
 */
export async function wakeMailDelivery(): Promise<void> {
  try {
    await globalForJobs.jobs?.wake();
  } catch (error) {
    console.error("Mail delivery could not be woken; the sweep will send it", error);
  }
}

/** The extraction's queue; named here so this module stays free of the extraction's libraries. */
export const TEXT_EXTRACTION = "text-extraction";

/** After an upload committed: extracts the new file's text now rather than at the next sweep. */
export async function wakeTextExtraction(): Promise<void> {
  try {
    await globalForJobs.jobs?.nudge?.(TEXT_EXTRACTION);
  } catch (error) {
    console.error("Text extraction could not be woken; the sweep will do it", error);
  }
}
