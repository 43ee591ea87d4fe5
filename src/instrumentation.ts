// Runs once when the server starts: an invalid environment stops it with a line naming the variable;
// then the background jobs (mail delivery, schedules) start in this process.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  await import("./env");
  // `next build` may load the hook while collecting pages: no database there, no jobs.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startAppJobs } = await import("./server/jobs/app-jobs");
  await startAppJobs();
}
