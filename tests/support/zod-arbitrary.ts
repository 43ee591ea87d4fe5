// Valid values for a zod 4 schema, as fast-check arbitraries. The maintained generators either stop
// at zod 3 (zod-fast-check) or do not produce fast-check arbitraries (zod-schema-faker), so this
// covers the zod types our procedure inputs use, and says which one it meets without a generator.
import fc from "fast-check";

type TCheckDef = {
  check?: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  length?: number;
  value?: number | bigint;
  inclusive?: boolean;
  type?: string;
};
type TDef = {
  type: string;
  checks?: { _zod: { def: TCheckDef } }[];
  format?: string;
  [key: string]: unknown;
};
type TSchema = { _zod: { def: TDef }; safeParse: (value: unknown) => { success: boolean } };

/** A node's path in the input: object keys, "[]" for any array element. */
export type TPath = readonly string[];

/**
 * What to generate at a path instead of (or from) the schema's own values: real ids, values that
 * pass refinements a schema cannot describe (a strong password, a known participant code).
 * `derived` is the arbitrary the schema alone gives.
 */
export type TOverride = (
  path: TPath,
  derived: () => fc.Arbitrary<unknown>,
) => fc.Arbitrary<unknown> | undefined;

// Long enough to reach the limits that matter, short enough to keep inputs quick to send.
const MAX_TEXT = 40;
const MAX_ITEMS = 3;
// Mostly letters people type, in several scripts; sometimes any grapheme at all.
const TEXT_UNIT = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCZéßçñΩمئ日 -'.") },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }) },
);

export function zodArbitrary(
  schema: unknown,
  override: TOverride = () => undefined,
  path: TPath = [],
): fc.Arbitrary<unknown> {
  const node = schema as TSchema;
  const derived = () => withRefinements(node, fromDef(node, override, path));
  return override(path, derived) ?? derived();
}

function fromDef(node: TSchema, override: TOverride, path: TPath): fc.Arbitrary<unknown> {
  const def = node._zod.def;
  const inner = (key: string, at: TPath = path) => zodArbitrary(def[key], override, at);
  switch (def.type) {
    case "object": {
      const shape = def.shape as Record<string, unknown>;
      return fc.record(
        Object.fromEntries(
          Object.entries(shape).map(([key, field]) => [key, zodArbitrary(field, override, [...path, key])]),
        ),
      );
    }
    case "array": {
      const { min, max } = lengthBounds(def);
      return fc.array(inner("element", [...path, "[]"]), {
        minLength: min,
        maxLength: Math.max(min, Math.min(max, MAX_ITEMS)),
      });
    }
    case "optional":
    case "default":
    case "prefault":
      return fc.option(inner("innerType"), { nil: undefined, freq: 4 });
    case "nullable":
      return fc.option(inner("innerType"), { nil: null, freq: 4 });
    case "readonly":
    case "catch":
    case "nonoptional":
      return inner("innerType");
    case "pipe":
      return inner("in");
    case "union":
      return fc.oneof(...(def.options as unknown[]).map((option) => zodArbitrary(option, override, path)));
    case "literal":
      return fc.constantFrom(...(def.values as unknown[]));
    case "enum":
      return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
    case "boolean":
      return fc.boolean();
    case "number":
      return numberArbitrary(def);
    case "string":
      return stringArbitrary(def);
    default:
      throw new Error(
        `No generator for zod type "${def.type}" at ${path.join(".") || "(input)"}: ` +
          "extend tests/support/zod-arbitrary.ts, or give that path a fixture hint.",
      );
  }
}

/** Refinements (custom checks) are opaque: keep only the values the node itself accepts. */
function withRefinements(node: TSchema, arbitrary: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const def = node._zod.def;
  const isRefined =
    (def.checks ?? []).some((check) => check._zod.def.check === "custom") || def.type === "pipe";
  return isRefined ? arbitrary.filter((value) => node.safeParse(value).success) : arbitrary;
}

function checksOf(def: TDef): TCheckDef[] {
  return (def.checks ?? []).map((check) => check._zod.def);
}

function lengthBounds(def: TDef) {
  let min = 0;
  let max = Number.MAX_SAFE_INTEGER;
  for (const check of checksOf(def)) {
    if (check.check === "min_length") min = Math.max(min, check.minimum ?? 0);
    if (check.check === "max_length") max = Math.min(max, check.maximum ?? max);
    if (check.check === "length_equals") [min, max] = [check.length ?? 0, check.length ?? 0];
  }
  return { min, max };
}

function numberArbitrary(def: TDef): fc.Arbitrary<number> {
  let min: number | undefined;
  let max: number | undefined;
  let isInteger = false;
  for (const check of checksOf(def)) {
    const value = Number(check.value);
    if (check.check === "greater_than") min = check.inclusive ? value : value + Number.EPSILON;
    if (check.check === "less_than") max = check.inclusive ? value : value - Number.EPSILON;
    if (check.check === "number_format") isInteger = /int/.test(check.format ?? "");
  }
  // A bound alone: stay near it, where values are plausible (a year, a page number).
  const low = min ?? (max !== undefined ? max - 10_000 : -10_000);
  const high = max ?? low + 10_000;
  if (isInteger) return fc.integer({ min: Math.ceil(low), max: Math.floor(high) });
  return fc.double({ min: low, max: high, noNaN: true, noDefaultInfinity: true });
}

function stringArbitrary(def: TDef): fc.Arbitrary<string> {
  const { min, max } = lengthBounds(def);
  const checks = checksOf(def);
  const patterns = checks.flatMap((check) =>
    check.format === "regex" && check.pattern ? [check.pattern] : [],
  );
  const fits = (value: string) =>
    value.length >= min && value.length <= max && patterns.every((pattern) => pattern.test(value));
  if (def.format === "email" || checks.some((check) => check.format === "email")) {
    return fc.emailAddress().filter((value) => value.length <= max);
  }
  if (patterns.length > 0) return fc.stringMatching(patterns[0]!).filter(fits);
  const longest = Math.max(min, Math.min(max, MAX_TEXT));
  return fc.string({ unit: TEXT_UNIT, minLength: min, maxLength: longest }).filter(fits);
}
