// Profile edits for integration tests, through the same data functions the procedures use.
import type { TEditableProfile } from "~/domain/rcp/profile-schema";
import { readEditable } from "~/server/rcp/editable";
import { saveProfile } from "~/server/rcp/mutations";
import { testDb } from "./db";

export async function editableOf(rcpId: string) {
  const state = await readEditable(testDb(), rcpId);
  if (!state) throw new Error(`No editable RCP ${rcpId}`);
  return state;
}

/** The current state with `change` applied, ready to send as `data` with its `version`. */
export async function changed(rcpId: string, change: (data: TEditableProfile) => void) {
  const { version, data } = await editableOf(rcpId);
  const copy = structuredClone(data);
  change(copy);
  return { rcpId, version, data: copy };
}

/** Saves a change as `actorId`, bypassing the procedures (for setting the scene). */
export async function saveChange(rcpId: string, actorId: string, change: (data: TEditableProfile) => void) {
  const { version, data } = await changed(rcpId, change);
  return saveProfile(testDb(), { rcpId, baseVersion: version, data, actorId });
}
