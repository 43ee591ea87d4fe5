// Field-level differences between two versions of a profile: what a revision records, what the
// history shows and what a conflict compares. Pure, so the browser and the server agree.
import { canonicalProfile } from "./profile-canonical";
import { ANNEX_B_TOPICS, type TAnnexBTopic, type TEditableProfile } from "./profile-schema";

export type TProfileField = Exclude<keyof TEditableProfile, "annexB"> | `annexB.${TAnnexBTopic}`;

/** Every field in the order of the form; the eight Annex B answers count one by one. */
export const PROFILE_FIELDS: readonly TProfileField[] = [
  "name",
  "shortName",
  "acronym",
  "nameTranslations",
  "shortNameTranslations",
  "acronymTranslations",
  "otherNames",
  "yearEstablished",
  "region",
  "website",
  "description",
  "priorities",
  "memberships",
  "membersNote",
  "observersNote",
  "secretariatKind",
  "secretariatHosts",
  "secretariatText",
  "chairTerms",
  "mainAreaThemes",
  "priorityThemes",
  "foundingDocuments",
  "developmentGroup",
  ...ANNEX_B_TOPICS.map((topic) => `annexB.${topic}` as const),
];

export type TProfileChange = { field: TProfileField; before: unknown; after: unknown };

export function fieldValue(profile: TEditableProfile, field: TProfileField): unknown {
  if (field.startsWith("annexB.")) return profile.annexB[field.slice("annexB.".length) as TAnnexBTopic];
  return profile[field as Exclude<TProfileField, `annexB.${string}`>];
}

/** Structural equality of JSON values (key order ignored). */
export function isSameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => isSameValue(item, b[index]));
  }
  const aKeys = Object.keys(a);
  const bRecord = b as Record<string, unknown>;
  return (
    aKeys.length === Object.keys(b).length &&
    aKeys.every((key) => key in bRecord && isSameValue((a as Record<string, unknown>)[key], bRecord[key]))
  );
}

/** The fields whose value differs, each with its value before and after, in form order. */
export function diffProfiles(before: TEditableProfile, after: TEditableProfile): TProfileChange[] {
  const from = canonicalProfile(before);
  const to = canonicalProfile(after);
  return PROFILE_FIELDS.flatMap((field) => {
    const [a, b] = [fieldValue(from, field), fieldValue(to, field)];
    return isSameValue(a, b) ? [] : [{ field, before: a, after: b }];
  });
}

/**
 * `target` with the given fields taken from `source`: re-applies someone's edits on top of a
 * newer version after a conflict.
 */
export function withFieldsFrom(
  target: TEditableProfile,
  source: TEditableProfile,
  fields: readonly TProfileField[],
): TEditableProfile {
  const result: TEditableProfile = { ...target, annexB: { ...target.annexB } };
  for (const field of fields) {
    if (field.startsWith("annexB.")) {
      const topic = field.slice("annexB.".length) as TAnnexBTopic;
      result.annexB[topic] = source.annexB[topic];
    } else {
      const key = field as Exclude<TProfileField, `annexB.${string}`>;
      (result as Record<string, unknown>)[key] = source[key];
    }
  }
  return result;
}
