// Inputs one step away from valid ones: a field swapped for a hostile value, a key missing or
// added, the whole input replaced. Starting from valid inputs puts each change alone in front of
// validation, and lets those that pass validation reach the database.
import fc from "fast-check";

// The lengths our schemas cap at, and one more: every limit is met exactly and overstepped.
const LIMITS = [1, 2, 30, 43, 64, 100, 200, 254, 300, 2000, 5000, 10_000];

const hostileStrings = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "name\u0000with NUL",
    "\u0001\u0007\u001b[31m\u001f",
    "tab\tand\r\nnewline",
    "\uD800",
    "\uDFFF\uD800",
    "lone \uDBFF surrogate",
    "\u202Eevil\u202C",
    "مسار الرباط الإقليمي",
    "\u200B\u200D\uFEFF",
    "🦄👩‍👩‍👧",
    '\'; DROP TABLE "User"; --',
    "%_\\",
    "__proto__",
    "constructor",
    "2026-02-30",
    "0000-00-00",
    "https://user:pass@example.org",
    "javascript:alert(1)",
    "ADMIN",
  ),
  fc
    .tuple(fc.constantFrom(...LIMITS), fc.constantFrom(0, 1), fc.constantFrom("x", "é", "🦄", " "))
    .map(([limit, extra, unit]) => unit.repeat(limit + extra)),
  fc.string({ unit: "binary", maxLength: 30 }),
);

const hostileNumbers = fc.constantFrom(
  0,
  -1,
  1.5,
  -0,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  2 ** 31,
  2 ** 53 + 2,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  1e308,
  -1e308,
);

/** A value of the wrong kind or at the edge of the right one. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileStrings },
  { weight: 2, arbitrary: hostileNumbers },
  fc.constantFrom(null, undefined, true, false, [], {}, [[]], { "": null }),
  fc.bigInt(),
  fc.date({ noInvalidDate: false }),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
);

const HOSTILE_KEYS = ["__proto__", "constructor", "prototype", "toString", "", "extra", "rcpId", "isAdmin"];

/** Put inside a text an input already has: the rest stays valid, so these reach the database. */
const fragment = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
  fc.constantFrom(
    "\u0000",
    "\u007f",
    "\uD800",
    "\uDC00",
    "\u202E",
    "\u200B",
    "\uFFFF",
    "🦄",
    "\r\n",
    "%",
    "'",
  ),
);

type TStep = {
  kind: "replace" | "splice" | "delete" | "addKey" | "wrapInArray";
  at: number;
  key: string;
  value: unknown;
  fragment: string;
};

const step: fc.Arbitrary<TStep> = fc.record({
  kind: fc.constantFrom("replace", "replace", "splice", "splice", "delete", "addKey", "wrapInArray"),
  at: fc.nat(),
  key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 8 })),
  value: hostileValue,
  fragment,
});

/** What to do to a valid input: one to three hostile changes, or replacing it whole. */
export type TMutation = { steps: TStep[] } | { wrapWhole: true } | { replaceWhole: unknown };

export const mutation: fc.Arbitrary<TMutation> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ steps: fc.array(step, { minLength: 1, maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.constant({ wrapWhole: true as const }) },
  { weight: 1, arbitrary: fc.record({ replaceWhole: hostileValue }) },
);

/** The valid input (not changed itself) with the mutation applied. */
export function mutate(valid: unknown, change: TMutation): unknown {
  if ("wrapWhole" in change) return [valid];
  if ("replaceWhole" in change) return change.replaceWhole;
  let result = structuredClone(valid);
  for (const one of change.steps) result = applyStep(result, one);
  return result;
}

type TContainer = Record<string, unknown> | unknown[];
const isContainer = (value: unknown): value is TContainer => typeof value === "object" && value !== null;

/** Every container in the value with the keys it holds, in a stable order. */
function slotsOf(value: unknown): { parent: TContainer; key: string }[] {
  if (!isContainer(value)) return [];
  return Object.keys(value).flatMap((key) => [
    { parent: value, key },
    ...slotsOf((value as Record<string, unknown>)[key]),
  ]);
}

function applyStep(input: unknown, step: TStep): unknown {
  // A value of its own: the generator hands out the same objects again, and one placed twice
  // would make the input circular.
  const change = { ...step, value: structuredClone(step.value) };
  const slots = slotsOf(input);
  if (slots.length === 0 || !isContainer(input))
    return change.kind === "wrapInArray" ? [input] : change.value;
  const texts = slots.filter(
    ({ parent, key }) => typeof (parent as Record<string, unknown>)[key] === "string",
  );
  const chosen = change.kind === "splice" && texts.length > 0 ? texts : slots;
  const { parent, key } = chosen[change.at % chosen.length]!;
  const record = parent as Record<string, unknown>;
  switch (change.kind) {
    case "splice": {
      const text = String(record[key]);
      const at = change.at % (text.length + 1);
      record[key] = text.slice(0, at) + change.fragment + text.slice(at);
      break;
    }
    case "replace":
      record[key] = change.value;
      break;
    case "delete":
      delete record[key];
      break;
    case "wrapInArray":
      record[key] = [record[key]];
      break;
    case "addKey": {
      const target = isContainer(record[key]) ? (record[key] as Record<string, unknown>) : record;
      // An own property, as JSON.parse makes one: "__proto__" must arrive as a key, not a prototype.
      Object.defineProperty(target, change.key, {
        value: change.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      break;
    }
  }
  return input;
}
