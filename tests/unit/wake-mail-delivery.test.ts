// The after-commit nudge: a no-op without a job queue, and never an error for the caller whose
// change has already committed.
import { describe, expect, it, vi } from "vitest";
import type { TJobRunner } from "~/server/jobs/runner";
import { registerAppJobs, wakeMailDelivery } from "~/server/jobs/wake";

const runner = (wake: TJobRunner["wake"]): TJobRunner => ({ start: vi.fn(), stop: vi.fn(), wake });

describe("wakeMailDelivery", () => {
  it("does nothing in a process without a job queue", async () => {
    await expect(wakeMailDelivery()).resolves.toBeUndefined();
  });

  it("asks the process's one runner for a delivery, and swallows its failure", async () => {
    const wake = vi.fn<TJobRunner["wake"]>().mockRejectedValueOnce(new Error("database gone"));
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(registerAppJobs(runner(wake))).toBe(true);
    // A second start in the same process (a dev reload) keeps the first runner.
    expect(registerAppJobs(runner(vi.fn()))).toBe(false);
    await expect(wakeMailDelivery()).resolves.toBeUndefined();
    expect(logged).toHaveBeenCalledOnce();
    wake.mockResolvedValueOnce(true);
    await wakeMailDelivery();
    expect(wake).toHaveBeenCalledTimes(2);
    logged.mockRestore();
  });
});
