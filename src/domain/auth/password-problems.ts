// Kept apart from password-policy.ts so that forms which only translate these keys do not ship
// the common-password list to the browser.

/** What can be wrong with a new password; also keys of the "Password" messages. */
export const PASSWORD_PROBLEMS = ["tooShort", "tooLong", "common", "guessable"] as const;
export type TPasswordProblem = (typeof PASSWORD_PROBLEMS)[number];

export function isPasswordProblem(value: unknown): value is TPasswordProblem {
  return typeof value === "string" && (PASSWORD_PROBLEMS as readonly string[]).includes(value);
}
