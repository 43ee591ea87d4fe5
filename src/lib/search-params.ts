import type { z } from "zod";

export type TSearchParams = Record<string, string | string[] | undefined>;

/**
 * The values of a page's address, read with `schema`. Addresses are shared and edited by hand: a
 * malformed value is dropped and the others still apply, instead of failing the page.
 */
export function parseSearchParams<TSchema extends z.ZodType<object>>(
  schema: TSchema,
  params: TSearchParams,
  numbers: readonly string[] = [],
): z.output<TSchema> {
  const input: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(params)) {
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined) continue;
    input[key] = numbers.includes(key) ? Number(value) : value;
  }
  // Each failing value is dropped in turn; a schema whose fields are all optional then succeeds.
  for (let attempt = 0; attempt <= Object.keys(input).length; attempt++) {
    const result = schema.safeParse(input);
    if (result.success) return result.data;
    for (const issue of result.error.issues) delete input[String(issue.path[0])];
  }
  return schema.parse({});
}

/** "?a=1&b=2" for the values that are set, "" when none is. */
export function queryString(values: Record<string, string | number | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
