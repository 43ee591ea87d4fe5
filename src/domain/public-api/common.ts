// Pieces every response and query of the public read API shares. The schemas here validate what
// comes in, shape what goes out and are the OpenAPI document's source (openapi.ts): one truth.
import { z } from "zod";
import { formatPartialDate, type TDatePrecision } from "~/lib/partial-date";

/** Above this, a query string is refused before it is read. */
export const MAX_QUERY_LENGTH = 2000;

/** Text written per language; a language nobody wrote is absent, never guessed. */
export const ZApiLocalizedText = z
  .object({ en: z.string().optional(), fr: z.string().optional(), es: z.string().optional() })
  .meta({
    description: "The same text per language (en, fr, es). A language nobody has written is absent.",
    examples: [
      {
        en: "Technical workshop on labour migration",
        fr: "Atelier technique sur la migration de main-d'œuvre",
      },
    ],
  });

export type TApiLocalizedText = z.infer<typeof ZApiLocalizedText>;

/** A stored per-language JSON value as the API shows it: only strings, only the three languages. */
export function apiLocalizedText(value: unknown): TApiLocalizedText {
  if (typeof value !== "object" || value === null) return {};
  const record = value as Record<string, unknown>;
  const text: TApiLocalizedText = {};
  for (const locale of ["en", "fr", "es"] as const) {
    const entry = record[locale];
    if (typeof entry === "string" && entry.trim() !== "") text[locale] = entry;
  }
  return text;
}

export const ZPartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .meta({
    description:
      "A date as precise as the source gives it: a day (2026-05-12), a month (2004-05) or a year (2009).",
    examples: ["2004-05", "2026-05-12"],
  });

export const apiPartialDate = (date: Date, precision: TDatePrecision) => formatPartialDate(date, precision);

// Written by the server (toISOString), so a format suffices; zod's datetime pattern would only
// clutter the document.
export const ZDateTime = z
  .string()
  .meta({ format: "date-time", description: "An instant, ISO 8601 in UTC." });

/** RFC 9457 problem details: every error the API answers is one. */
export const ZProblem = z
  .object({
    type: z
      .string()
      .meta({ description: "A URI reference naming the kind of problem; it leads to its explanation." }),
    title: z
      .string()
      .meta({ description: "The kind of problem, in English; the same for every problem of its type." }),
    status: z.number().int().meta({ description: "The HTTP status code." }),
    detail: z.string().meta({ description: "What was wrong with this request, in English." }),
    parameter: z
      .string()
      .optional()
      .meta({ description: "For a bad parameter: the name of the query parameter that was refused." }),
  })
  .meta({
    description: "An error, as RFC 9457 problem details (media type application/problem+json).",
    examples: [
      {
        type: "/en/api-docs#problem-invalid-parameter",
        title: "Invalid parameter",
        status: 400,
        detail: "from: expected a day as YYYY-MM-DD",
        parameter: "from",
      },
    ],
  });

export type TProblem = z.infer<typeof ZProblem>;

/** A page size: how many items one answer holds at most. */
export const pageLimit = (fallback: number, max: number) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(max)
    .default(fallback)
    .meta({ description: `How many items one page holds: 1 to ${max}, ${fallback} when not given.` });

export const ZCursorParam = z.string().max(200).optional().meta({
  description:
    "Where the next page starts: the `nextCursor` of the previous page, as it was given. Opaque: do not build one.",
});

export const ZNextCursor = z.string().nullable().meta({
  description: "Pass it as `cursor` to get the next page; null on the last page.",
});
