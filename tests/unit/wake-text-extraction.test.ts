// The upload's nudge to extract a file's text: a no-op without a job queue, never an error for the
// upload that already committed, and the queue it names is the one the schedules run.
import { describe, expect, it, vi } from "vitest";
import type { TJobRunner } from "~/server/jobs/runner";
import { appSchedules } from "~/server/jobs/schedules";
import { registerAppJobs, TEXT_EXTRACTION, wakeTextExtraction } from "~/server/jobs/wake";
import type { TMailer } from "~/server/mail/mailer";
import type { TFileStorage } from "~/server/storage/storage";

describe("wakeTextExtraction", () => {
  it("does nothing in a process without a job queue", async () => {
    await expect(wakeTextExtraction()).resolves.toBeUndefined();
  });

  it("asks the runner for a run of the extraction's queue, and swallows its failure", async () => {
    const nudge = vi.fn<NonNullable<TJobRunner["nudge"]>>().mockRejectedValueOnce(new Error("database gone"));
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    registerAppJobs({ start: vi.fn(), stop: vi.fn(), wake: vi.fn(), nudge });
    await expect(wakeTextExtraction()).resolves.toBeUndefined();
    expect(logged).toHaveBeenCalledOnce();
    nudge.mockResolvedValueOnce(true);
    await wakeTextExtraction();
    expect(nudge).toHaveBeenLastCalledWith(TEXT_EXTRACTION);
    logged.mockRestore();
  });

  it("names a queue the app's schedules run, once storage is given", () => {
    const mailer = () => ({}) as TMailer;
    const storage = () => ({}) as TFileStorage;
    expect(appSchedules(mailer, storage).map((schedule) => schedule.name)).toContain(TEXT_EXTRACTION);
    expect(appSchedules(mailer).map((schedule) => schedule.name)).not.toContain(TEXT_EXTRACTION);
  });
});
