// A query string read against a query schema: every value a single string, every key known, and
// a refusal that names the parameter and says what it takes, so that the client knows what to fix.
import type { z } from "zod";
import { MAX_QUERY_LENGTH } from "./common";

export type TQueryResult<T> = { ok: true; data: T } | { ok: false; parameter: string | null; detail: string };

type TQuerySchema<T> = z.ZodType<T> & { shape: Record<string, z.ZodType> };

export function parseQuery<T>(search: URLSearchParams, schema: TQuerySchema<T>): TQueryResult<T> {
  if (search.toString().length > MAX_QUERY_LENGTH) {
    return { ok: false, parameter: null, detail: `The query is longer than ${MAX_QUERY_LENGTH} characters.` };
  }
  const values: Record<string, string> = {};
  for (const [key, value] of search) {
    if (Object.hasOwn(values, key)) return refuse(key, "is given more than once; give it once.");
    values[key] = value;
  }
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  if (issue?.code === "unrecognized_keys") {
    return refuse(
      issue.keys[0] ?? "",
      `is not a parameter of this endpoint (${Object.keys(schema.shape).join(", ")}).`,
    );
  }
  const parameter = typeof issue?.path[0] === "string" ? issue.path[0] : null;
  if (parameter === null) return { ok: false, parameter, detail: "The query is invalid." };
  // Zod's own words say what failed; the parameter's description says what it takes.
  const takes = schema.shape[parameter]?.description;
  return refuse(parameter, `is invalid (${issue?.message ?? "invalid"}).${takes ? ` ${takes}` : ""}`);
}

const refuse = (parameter: string, what: string): TQueryResult<never> => ({
  ok: false,
  // Echoed from the request: kept short.
  parameter: parameter.slice(0, 100),
  detail: `${JSON.stringify(parameter).slice(0, 80)} ${what}`,
});
