// A lone UTF-16 surrogate is no character at all: no keyboard types one, UTF-8 cannot encode it,
// and PostgreSQL refuses it inside JSON (every profile text and audit detail is stored as JSON).
// Only a hand-made request carries one, so it is refused at the door rather than by each schema.
const LONE_SURROGATE = /\p{Cs}/u;

type TPath = (string | number)[];

/** The path of the first string (or object key) in `value` holding a lone surrogate, or null. */
export function findMalformedText(value: unknown, path: TPath = []): TPath | null {
  if (typeof value === "string") return LONE_SURROGATE.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findMalformedText(item, [...path, index]);
      if (found) return found;
    }
    return null;
  }
  if (typeof value === "object" && value !== null && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      if (LONE_SURROGATE.test(key)) return [...path, key];
      const found = findMalformedText(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}
