import { z } from "zod";

/**
 * Message key of the refusal, translated by every form ("invalidCharacters" in FieldErrors,
 * ProfileFormErrors and AdminForm.errors). Custom issues carry it as their message and, for the
 * forms that read keys from params, as `params.key`.
 */
export const PLAIN_TEXT_ERROR = "invalidCharacters";

// PostgreSQL cannot store NUL in text; no name or description needs the other control characters
// (C0, DEL and C1: \p{Cc}), and a lone surrogate is not text at all (it cannot be encoded as UTF-8).
const CONTROL = /\p{Cc}/u;
const CONTROL_EXCEPT_LINES = /(?![\t\n])\p{Cc}/u;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const isSingleLineText = (value: string) => !CONTROL.test(value) && !LONE_SURROGATE.test(value);
export const isMultiLineText = (value: string) =>
  !CONTROL_EXCEPT_LINES.test(value) && !LONE_SURROGATE.test(value);

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
