// Saved versions of a profile: who changed which fields when, and the full state to restore.
import type { TProfileChange } from "~/domain/rcp/profile-diff";
import {
  NAME_TRANSLATION_FIELDS,
  ZEditableProfile,
  type TEditableProfile,
} from "~/domain/rcp/profile-schema";
import type { Prisma } from "~/generated/prisma/client";
import type { TDb, TTx } from "~/server/db-client";
import { tenantId } from "./tenant";

type TNewRevision = {
  rcpId: string;
  version: number;
  authorId: string | null;
  changes: TProfileChange[];
  snapshot: TEditableProfile;
  restoredFromVersion?: number | null;
};

export function createRevision(tx: TTx, revision: TNewRevision) {
  return tx.rcpRevision.create({
    data: {
      rcpId: tenantId(revision.rcpId),
      version: revision.version,
      authorId: revision.authorId,
      changes: revision.changes as unknown as Prisma.InputJsonArray,
      snapshot: revision.snapshot,
      restoredFromVersion: revision.restoredFromVersion ?? null,
    },
    select: { id: true },
  });
}

export async function hasRevisions(db: TDb | TTx, rcpId: string): Promise<boolean> {
  const first = await db.rcpRevision.findFirst({ where: { rcpId: tenantId(rcpId) }, select: { id: true } });
  return first !== null;
}

/**
 * The full state saved with a version; null if there is none or it no longer fits the schema.
 * A version saved before names had French and Spanish forms did not record them: those take the
 * `current` ones, so restoring it (or comparing with it) does not erase names it never knew.
 */
export async function readRevisionSnapshot(
  db: TDb | TTx,
  rcpId: string,
  version: number,
  current?: TEditableProfile,
): Promise<TEditableProfile | null> {
  const revision = await db.rcpRevision.findUnique({
    where: { rcpId_version: { rcpId: tenantId(rcpId), version } },
    select: { snapshot: true },
  });
  if (!revision) return null;
  const parsed = ZEditableProfile.safeParse(revision.snapshot);
  if (!parsed.success) return null;
  const recorded = revision.snapshot as Record<string, unknown>;
  const unrecorded = NAME_TRANSLATION_FIELDS.filter((field) => !(field in recorded));
  if (!current || unrecorded.length === 0) return parsed.data;
  return { ...parsed.data, ...Object.fromEntries(unrecorded.map((field) => [field, current[field]])) };
}

function changesOf(value: unknown): TProfileChange[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is TProfileChange =>
      typeof item === "object" && item !== null && typeof (item as { field?: unknown }).field === "string",
  );
}

export type TRevisionPage = {
  currentVersion: number;
  items: {
    version: number;
    createdAt: Date;
    authorName: string | null;
    /** The state before the first edit on the platform (the reference data), kept so it can be restored. */
    isStartingPoint: boolean;
    restoredFromVersion: number | null;
    changes: TProfileChange[];
  }[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: number | null;
};

/** Newest first, `limit` at a time; null if the RCP is unknown or archived. */
export async function listRevisions(
  db: TDb,
  rcpId: string,
  page: { before?: number; limit: number },
): Promise<TRevisionPage | null> {
  const id = tenantId(rcpId);
  const rcp = await db.rcp.findFirst({ where: { id, archivedAt: null }, select: { version: true } });
  if (!rcp) return null;
  const rows = await db.rcpRevision.findMany({
    where: { rcpId: id, ...(page.before ? { version: { lt: page.before } } : {}) },
    orderBy: { version: "desc" },
    take: page.limit + 1,
    select: {
      version: true,
      createdAt: true,
      changes: true,
      restoredFromVersion: true,
      authorId: true,
      author: { select: { name: true, email: true } },
    },
  });
  const items = rows.slice(0, page.limit).map((row) => {
    const changes = changesOf(row.changes);
    return {
      version: row.version,
      createdAt: row.createdAt,
      authorName: row.author ? (row.author.name ?? row.author.email) : null,
      isStartingPoint: row.authorId === null && changes.length === 0 && row.restoredFromVersion === null,
      restoredFromVersion: row.restoredFromVersion,
      changes,
    };
  });
  const last = items.at(-1);
  return {
    currentVersion: rcp.version,
    items,
    nextBefore: rows.length > page.limit && last ? last.version : null,
  };
}
