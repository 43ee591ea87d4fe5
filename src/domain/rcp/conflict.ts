import { canonicalProfile } from "./profile-canonical";
import { diffProfiles, withFieldsFrom, type TProfileChange } from "./profile-diff";
import type { TEditableProfile, TEditableProfileInput } from "./profile-schema";

/** What a refused save sends back (DomainError CONFLICT details): the profile now and what changed. */
export type TConflictDetails = {
  current: { version: number; data: TEditableProfile };
  /** Field-level changes since the caller's version; null when that version's state is not on record. */
  changes: TProfileChange[] | null;
};

export function isConflictDetails(value: unknown): value is TConflictDetails {
  const current = (value as { current?: { version?: unknown; data?: unknown } } | null)?.current;
  return typeof current?.version === "number" && typeof current.data === "object" && current.data !== null;
}

/** Their changes: from the server, or worked out from the version the editor started from. */
export function theirChanges(details: TConflictDetails, base: TEditableProfile): TProfileChange[] {
  return details.changes ?? diffProfiles(base, details.current.data);
}

/**
 * The newer version with the editor's own changes (relative to the version they started from)
 * put back on top. Where both changed a field, the editor's value wins: they see both first.
 */
export function reapplyOnto(
  current: TEditableProfile,
  base: TEditableProfile,
  mine: TEditableProfile | TEditableProfileInput,
): TEditableProfile {
  const own = canonicalProfile(mine);
  const fields = diffProfiles(base, own).map((change) => change.field);
  return withFieldsFrom(current, own, fields);
}
