// What a search asks for: one schema for the results page (read from the address) and the router.
// Each refusal carries the key of its message, so the page says what is wrong in the reader's language.
import { z } from "zod";
import { isSingleLineText } from "~/lib/plain-text";
import { ZSlug } from "~/lib/record-id";

export const SEARCH_TYPES = ["RCP", "ACTIVITY", "DOCUMENT", "COUNTRY"] as const;
export type TSearchType = (typeof SEARCH_TYPES)[number];

// A search ranks at most `candidates` activities and documents, the newest that match: ranking every
// entry that holds a common word ("migration") costs a second on a large platform.
export const SEARCH_LIMITS = { query: 200, pages: 50, pageSize: 20, candidates: 200 } as const;

const refusal = (key: string) => ({ message: key, params: { key } });
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar day: "2030-02-30" and "2030-13-01" are not (and must not throw). */
function isDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const ZDay = z.string().refine(isDay, refusal("searchDate"));

export const ZSearchInput = z
  .object({
    // Checked before trimming: a 10,000-character paste is refused as such, not cut silently.
    q: z
      .string()
      .max(SEARCH_LIMITS.query, refusal("searchTooLong"))
      .refine(isSingleLineText, refusal("searchInvalidCharacters"))
      .transform((value) => value.normalize("NFC").trim())
      .refine((value) => value.length > 0, refusal("searchEmpty")),
    type: z.enum(SEARCH_TYPES).optional(),
    rcp: ZSlug.optional(),
    theme: ZSlug.optional(),
    from: ZDay.optional(),
    to: ZDay.optional(),
    page: z.number().int().min(1).max(SEARCH_LIMITS.pages).default(1),
    locale: z.enum(["en", "fr", "es"]).default("en"),
  })
  .strict()
  .refine((input) => !input.from || !input.to || input.from <= input.to, {
    ...refusal("searchDateOrder"),
    path: ["to"],
  });

export type TSearchInput = z.input<typeof ZSearchInput>;
export type TSearchQuery = z.output<typeof ZSearchInput>;
