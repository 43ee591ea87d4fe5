// Which new passwords are accepted, after NIST SP 800-63B: a length range and a block list, no
// composition rules (they push people to "Password1!"). The rules here are light enough for the
// browser (instant feedback on length and the person's own words); the block list of common
// passwords stays on the server (src/server/auth/password-policy.ts), which makes the decision.
import { z } from "zod";
import type { TPasswordProblem } from "./password-problems";

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** Words anyone attacking this platform tries first. */
export const PLATFORM_WORDS = ["rcp", "rcp exchange", "rcpexchange", "migration"] as const;

/** What the password must not be built from: the person's own email address and name. */
export type TPasswordContext = { email?: string | null; name?: string | null };

/** Whether one normalised form of a password is on a block list; the server passes its list. */
export type TIsCommonPassword = (form: string) => boolean;

const platformWords: ReadonlySet<string> = new Set(PLATFORM_WORDS);

/** Length in characters as a person counts them (code points), so "é" or "😀" is one. */
export function passwordLength(password: string): number {
  return [...password].length;
}

const normalize = (value: string) => value.normalize("NFKC").toLowerCase();

/**
 * The password and what is left of it without the padding people add to a word to pass a rule:
 * "Password2024!" is refused like "password", "jdoe42!!" like the address jdoe42@…. Case never
 * matters.
 */
function forms(password: string): string[] {
  const whole = normalize(password);
  const candidates = new Set([
    whole,
    whole.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""),
    whole.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ""),
  ]);
  candidates.delete("");
  return [...candidates];
}

function personalWords({ email, name }: TPasswordContext): Set<string> {
  const words = new Set<string>();
  const add = (word: string) => {
    if (word.length >= 3) words.add(word);
  };
  if (email) {
    const address = normalize(email.trim());
    const local = address.split("@")[0] ?? "";
    add(address);
    add(local);
    add(local.replace(/[^\p{L}\p{N}]+/gu, ""));
    for (const part of local.split(/[^\p{L}\p{N}]+/u)) if (part.length >= 4) add(part);
  }
  if (name) {
    const full = normalize(name.trim()).replace(/\s+/g, " ");
    add(full);
    add(full.replace(/[^\p{L}\p{N}]+/gu, ""));
    for (const part of full.split(/[^\p{L}\p{N}]+/u)) if (part.length >= 4) add(part);
  }
  return words;
}

/** The first rule a new password breaks, or null; without `isCommon` the block list is not checked. */
export function findPasswordProblem(
  password: string,
  context: TPasswordContext = {},
  isCommon: TIsCommonPassword = () => false,
): TPasswordProblem | null {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (length > PASSWORD_MAX_LENGTH) return "tooLong";
  const candidates = forms(password);
  if (candidates.some(isCommon)) return "common";
  const personal = personalWords(context);
  if (candidates.some((form) => platformWords.has(form) || personal.has(form))) return "guessable";
  return null;
}

/** A new password under these rules, with the person's own words refused as well when known. */
export function newPasswordSchema(context: TPasswordContext = {}, isCommon?: TIsCommonPassword) {
  return z.string().superRefine((password, ctx) => {
    const problem = findPasswordProblem(password, context, isCommon);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
}
