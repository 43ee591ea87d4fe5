import { z } from "zod";
import { multiLineText, singleLineText } from "~/lib/plain-text";
import { RECORD_ID_PATTERN } from "~/lib/record-id";

// Error messages are keys of the "AdminForm.errors" messages, so every form shows them in the
// reader's language, whether the browser or the server found the problem.

/** One line of text, trimmed (control characters are refused as "invalidCharacters"). */
export const line = (max: number) => singleLineText("invalid").max(max, { error: "tooLong" });

/** One line of text that must not be empty. */
export const requiredLine = (max: number) =>
  line(max).refine((value) => value.length > 0, { error: "required" });

/** Text over several lines, trimmed. */
export const paragraphs = (max: number) => multiLineText("invalid").max(max, { error: "tooLong" });

/** A database id as src/lib/record-id.ts defines it, with the form's error codes. */
export const ZId = z
  .string({ error: "required" })
  .min(1, { error: "required" })
  .regex(RECORD_ID_PATTERN, { error: "invalid" });

/** A form's empty choice ("" or blank) means "not set". */
export function optional<TSchema extends z.ZodType<string>>(schema: TSchema) {
  return z
    .union([z.literal(""), schema])
    .optional()
    .transform((value) => (value === "" || value === undefined ? undefined : (value as z.output<TSchema>)));
}

/**
 * The value of a select that starts on an empty "Choose…" option: one of `values`, where the empty
 * choice is refused as "required". The form's type includes "", so the select can be reset to it.
 */
export function choice<const TValues extends readonly [string, ...string[]]>(values: TValues) {
  return z
    .union([z.literal(""), z.enum(values)], { error: "required" })
    .transform((value, context): TValues[number] => {
      if (value === "") {
        context.addIssue({ code: "custom", message: "required" });
        return z.NEVER;
      }
      return value;
    });
}

/** A calendar day, "2026-05-31". */
export const ZDay = z
  .string({ error: "invalidDate" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalidDate" })
  .refine(
    (value) => {
      const start = dayStart(value);
      return !Number.isNaN(start.getTime()) && start.toISOString().startsWith(value);
    },
    { error: "invalidDate" },
  );

/** Midnight UTC at the start of a day given as "YYYY-MM-DD". */
export function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** Midnight UTC at the end of a day: the exclusive upper bound of a range that includes it. */
export function dayEnd(day: string): Date {
  const start = dayStart(day);
  return new Date(start.getTime() + 24 * 60 * 60 * 1000);
}
