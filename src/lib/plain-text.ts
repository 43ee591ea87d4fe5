import { z } from "zod";
import { isMultiLineText, isSingleLineText } from "./plain-text-checks";

export { isMultiLineText, isSingleLineText };

/**
 * Message key of the refusal, translated by every form ("invalidCharacters" in FieldErrors,
 * ProfileFormErrors and AdminForm.errors). Custom issues carry it as their message and, for the
 * forms that read keys from params, as `params.key`.
 */
export const PLAIN_TEXT_ERROR = "invalidCharacters";

const refusal = { message: PLAIN_TEXT_ERROR, params: { key: PLAIN_TEXT_ERROR } };

/**
 * One line of text typed by a person: trimmed, in Unicode's composed form (NFC, so "é" typed two
 * ways is stored and compared as one), without control characters. Chain `.min()`/`.max()` on it.
 */
export const singleLineText = (typeError?: string) =>
  z
    .string(typeError ? { error: typeError } : undefined)
    .trim()
    .normalize("NFC")
    .refine(isSingleLineText, refusal);

/** Text over several lines: as `singleLineText`, but keeping line breaks and tabs. */
export const multiLineText = (typeError?: string) =>
  z
    .string(typeError ? { error: typeError } : undefined)
    // Browsers send a textarea's line breaks as CRLF in some paths; one form is stored.
    .overwrite((value) => value.replace(/\r\n?/g, "\n"))
    .trim()
    .normalize("NFC")
    .refine(isMultiLineText, refusal);
