import { describe, expect, it } from "vitest";
import { coalesce } from "./coalesce";

/** A send that settles when the test says, counting how often it started. */
function controlledSend() {
  const started: (() => void)[] = [];
  const send = () =>
    new Promise<number>((resolve) => {
      const number = started.length + 1;
      started.push(() => resolve(number));
    });
  return { send, started, finish: (index: number) => started[index]?.() };
}

describe("coalesce", () => {
  it("sends at once when nothing is under way", async () => {
    const { send, started, finish } = controlledSend();
    const wake = coalesce(send);
    const answer = wake();
    expect(started).toHaveLength(1);
    finish(0);
    expect(await answer).toBe(1);
  });

  it("lets the wake-ups during a send share one send that starts after it", async () => {
    const { send, started, finish } = controlledSend();
    const wake = coalesce(send);
    const first = wake();
    const later = Array.from({ length: 49 }, () => wake());
    expect(started).toHaveLength(1);
    finish(0);
    await first;
    await Promise.resolve();
    await Promise.resolve();
    expect(started).toHaveLength(2);
    finish(1);
    expect(new Set(await Promise.all(later))).toEqual(new Set([2]));
    void wake();
    expect(started).toHaveLength(3);
  });

  it("still sends after a send that failed", async () => {
    let calls = 0;
    const wake = coalesce(() => {
      calls++;
      return calls === 1 ? Promise.reject(new Error("database gone")) : Promise.resolve(calls);
    });
    const failed = wake();
    const retried = wake();
    await expect(failed).rejects.toThrow("database gone");
    expect(await retried).toBe(2);
  });
});
