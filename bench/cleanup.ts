/**
 * What the bench must undo (servers it started), run in reverse order once: at the end, on
 * failure, and on Ctrl-C or SIGTERM.
 */
export class Cleanup {
  private readonly steps: (() => Promise<void>)[] = [];
  private running: Promise<void> | undefined;

  add(step: () => Promise<void>) {
    this.steps.push(step);
  }

  run(): Promise<void> {
    return (this.running ??= this.runSteps());
  }

  private async runSteps() {
    for (const step of this.steps.reverse()) {
      try {
        await step();
      } catch (error) {
        console.error("Cleanup step failed:", error);
      }
    }
  }
}

/** A problem the user can fix, printed as its message alone. */
export class BenchError extends Error {
  override name = "BenchError";
}
