"use client";

import { useTranslations } from "next-intl";
import { isPasswordProblem } from "~/domain/auth/password-problems";
import { ACCOUNT_ERROR_KEYS, isOneOf } from "~/domain/errors";
import { decodeCallError } from "~/lib/trpc-error";

const FIELD_ERRORS = ["required", "invalidEmail", "nameTooLong", "mismatch", "invalidCharacters"] as const;
// An invitation form may also be refused for naming no RCP to invite into.
const ACCOUNT_ERRORS = [...ACCOUNT_ERROR_KEYS, "noTarget"] as const;

type TAccountError = (typeof ACCOUNT_ERRORS)[number];

export type TServerError = {
  /**
   * Field name → message key, for errors the server tied to a field: give it to the form
   * (`setError`), which shows it through `field` like its own validation messages.
   */
  fields: Record<string, string>;
  /** A translated message about the whole form, when no field is to blame. */
  form: string | null;
  accountError: TAccountError | null;
};

/**
 * Turns the keys our schemas and procedures use as messages into text in the reader's language:
 * zod messages of a form, and errors coming back from a procedure.
 */
export function useFormErrors() {
  const tPassword = useTranslations("Password");
  const tField = useTranslations("FieldErrors");
  const tAccount = useTranslations("AccountErrors");
  const tErrors = useTranslations("Errors");

  const field = (message: string | undefined): string | undefined => {
    if (!message) return undefined;
    if (isPasswordProblem(message)) return tPassword(message);
    if (isOneOf(FIELD_ERRORS, message)) return tField(message);
    // Refusals about what was typed in one field, e.g. the address of someone already invited.
    if (isOneOf(ACCOUNT_ERRORS, message)) return tAccount(message);
    return tErrors("BAD_REQUEST");
  };

  const server = (error: unknown): TServerError => {
    const failure = decodeCallError(error);
    const result: TServerError = { fields: failure.fields, form: null, accountError: null };
    if (Object.keys(result.fields).length > 0) return result;
    if (isOneOf(ACCOUNT_ERRORS, failure.key)) {
      result.accountError = failure.key;
      result.form = tAccount(failure.key);
    } else {
      result.form = failure.code ? tErrors(failure.code) : tErrors("generic");
    }
    return result;
  };

  return { field, server };
}
