// Wake-ups arrive with every mutation, fifty at once under load, and each one was a pg-boss insert
// of which all but one were refused (one delivery run waits at most). Coalesced: while a send is
// under way, the wake-ups that arrive share one more send that starts after it, so every wake-up is
// still followed by a send begun after its own call (its mail, committed before, is seen), and at
// most one send runs and one waits.

/** `send`, coalesced: callers during a send share the one next send; each gets that send's answer. */
export function coalesce<T>(send: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  let next: Promise<T> | null = null;
  const start = (): Promise<T> => {
    const current = send().finally(() => {
      if (running === current) running = null;
    });
    running = current;
    return current;
  };
  return () => {
    if (!running) return start();
    // The one waiting send starts when the running one settles, whatever its outcome.
    next ??= running
      .catch(() => undefined)
      .then(() => {
        next = null;
        return start();
      });
    return next;
  };
}
