// How long a delivery may take before another worker may take it over, and how failed deliveries
// are spaced out. Pure, so the numbers are tested without a clock.

/** A claimed message not finished within this time is considered abandoned (crashed worker). */
export const MAIL_LEASE_MS = 10 * 60_000;

/** After this many tries a message is FAILED and waits for an administrator's retry. */
export const MAIL_MAX_ATTEMPTS = 8;

const FIRST_DELAY_MS = 60_000;
const LONGEST_DELAY_MS = 60 * 60_000;

/** The wait before the next try after `attempts` tries: 1, 2, 4 … minutes, at most an hour. */
export function mailRetryDelayMs(attempts: number): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 30));
  return Math.min(FIRST_DELAY_MS * 2 ** exponent, LONGEST_DELAY_MS);
}

/** Whether a failed try ends the series: then the message is FAILED rather than queued again. */
export function isLastMailAttempt(attempts: number): boolean {
  return attempts >= MAIL_MAX_ATTEMPTS;
}
