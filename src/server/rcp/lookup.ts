import "server-only";
import { db } from "~/server/db";
import { findRcpIdBySlug } from "./data";

/**
 * The id of the live RCP at an address, for pages that then call its procedures by id. Knowing
 * the id grants nothing: each of those procedures checks the caller's role in the RCP.
 */
export function findLiveRcpId(slug: string): Promise<string | null> {
  return findRcpIdBySlug(db, slug);
}
