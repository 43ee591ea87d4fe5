import { describe, expect, it } from "vitest";
import {
  MAIL_LEASE_MS,
  MAIL_MAX_ATTEMPTS,
  isLastMailAttempt,
  mailRetryDelayMs,
} from "~/server/jobs/retry-policy";

const minutes = (ms: number) => ms / 60_000;

describe("mail retry policy", () => {
  it("waits 1, 2, 4 … minutes between tries, never more than an hour", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 50].map((n) => minutes(mailRetryDelayMs(n)))).toEqual([
      1, 2, 4, 8, 16, 32, 60, 60, 60,
    ]);
  });

  it("gives up after a bounded number of tries", () => {
    expect(isLastMailAttempt(MAIL_MAX_ATTEMPTS - 1)).toBe(false);
    expect(isLastMailAttempt(MAIL_MAX_ATTEMPTS)).toBe(true);
    expect(isLastMailAttempt(MAIL_MAX_ATTEMPTS + 1)).toBe(true);
  });

  it("lets a send outlast SMTP's own time-outs before another worker takes the message over", () => {
    expect(minutes(MAIL_LEASE_MS)).toBeGreaterThanOrEqual(5);
  });
});
