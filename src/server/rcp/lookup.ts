import "server-only";
import { db } from "~/server/db";
import { findLiveRcpNames, findRcpIdBySlug } from "./data";
import { readEditVocabulary } from "./editable";

/**
 * The id of the live RCP at an address, for pages that then call its procedures by id. Knowing
 * the id grants nothing: each of those procedures checks the caller's role in the RCP.
 */
export function findLiveRcpId(slug: string): Promise<string | null> {
  return findRcpIdBySlug(db, slug);
}

/** The names a management page shows of the live RCP at an address; null if unknown or archived. */
export function findLiveRcp(slug: string) {
  return findLiveRcpNames(db, slug);
}

/** Every participant and theme a profile can name: the labels of its form and its diffs. */
export function readProfileVocabulary() {
  return readEditVocabulary(db);
}
