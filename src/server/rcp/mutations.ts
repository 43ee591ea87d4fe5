// Saving a profile. Concurrency is decided by the database: a save names the version it was based
// on, and only a conditional update of that exact version goes through.
import type { TConflictDetails } from "~/domain/rcp/conflict";
import { canonicalProfile } from "~/domain/rcp/profile-canonical";
import { diffProfiles, type TProfileChange } from "~/domain/rcp/profile-diff";
import type { TEditableProfile } from "~/domain/rcp/profile-schema";
import { recordAudit } from "~/server/audit/record";
import { revalidatePublicPages } from "~/server/cache/revalidate-public";
import type { TDb } from "~/server/db-client";
import { DomainError } from "~/server/errors";
import { recordProfileEvents } from "~/server/peer-event/profile-events";
import { readEditable } from "./editable";
import { writeProfile } from "./profile-write";
import { createRevision, hasRevisions, readRevisionSnapshot } from "./revisions";
import { tenantId } from "./tenant";

export type TSaveResult = { version: number; changes: TProfileChange[]; data: TEditableProfile };

class StaleVersion extends Error {}
class NothingChanged extends Error {}

type TSave = {
  rcpId: string;
  baseVersion: number;
  data: TEditableProfile;
  actorId: string;
  restoredFromVersion?: number;
};

export async function saveProfile(db: TDb, save: TSave): Promise<TSaveResult> {
  const rcpId = tenantId(save.rcpId);
  const after = canonicalProfile(save.data);
  const version = save.baseVersion + 1;
  let changes: TProfileChange[];
  try {
    changes = await db.$transaction(
      async (tx) => {
        // Takes the row lock: a concurrent save of the same version waits here, then finds the
        // version moved on and updates nothing.
        const updated = await tx.$executeRaw`
          UPDATE "Rcp" SET "version" = "version" + 1
          WHERE "id" = ${rcpId} AND "version" = ${save.baseVersion} AND "archivedAt" IS NULL`;
        if (updated === 0) throw new StaleVersion();
        const before = await readEditable(tx, rcpId);
        if (!before) throw new StaleVersion();
        const diff = diffProfiles(before.data, after);
        if (diff.length === 0) throw new NothingChanged();

        await writeProfile(tx, rcpId, after);
        // The first save keeps the state it started from (the reference data) as a revision of
        // its own, so the history begins there and it can be restored.
        if (!(await hasRevisions(tx, rcpId))) {
          await createRevision(tx, {
            rcpId,
            version: save.baseVersion,
            authorId: null,
            changes: [],
            snapshot: before.data,
          });
        }
        await createRevision(tx, {
          rcpId,
          version,
          authorId: save.actorId,
          changes: diff,
          snapshot: after,
          restoredFromVersion: save.restoredFromVersion,
        });
        await recordAudit(tx, {
          actorId: save.actorId,
          action: save.restoredFromVersion ? "rcp.restoreRevision" : "rcp.update",
          targetType: "Rcp",
          targetId: rcpId,
          rcpId,
          details: {
            version,
            fields: diff.map((change) => change.field),
            ...(save.restoredFromVersion ? { restoredFromVersion: save.restoredFromVersion } : {}),
          },
        });
        await recordProfileEvents(tx, {
          rcpId,
          actorId: save.actorId,
          before: before.data,
          after,
          diff,
        });
        return diff;
      },
      { maxWait: 10_000, timeout: 30_000 },
    );
  } catch (error) {
    // Saving what is already there writes nothing: no new version, no revision.
    if (error instanceof NothingChanged) return { version: save.baseVersion, changes: [], data: after };
    if (error instanceof StaleVersion) throw await conflict(db, rcpId, save.baseVersion);
    throw error;
  }
  revalidatePublicPages();
  return { version, changes, data: after };
}

async function conflict(db: TDb, rcpId: string, baseVersion: number): Promise<DomainError> {
  const current = await readEditable(db, rcpId);
  if (!current) return new DomainError("NOT_FOUND");
  const base = await readRevisionSnapshot(db, rcpId, baseVersion, current.data);
  const details: TConflictDetails = {
    current: { version: current.version, data: current.data },
    changes: base ? diffProfiles(base, current.data) : null,
  };
  return new DomainError("CONFLICT", "CONFLICT", details);
}

/** Puts an earlier version back, as a new version on top of the history (nothing is rewritten). */
export async function restoreRevision(
  db: TDb,
  restore: { rcpId: string; baseVersion: number; revisionVersion: number; actorId: string },
): Promise<TSaveResult> {
  const current = await readEditable(db, restore.rcpId);
  const snapshot =
    current && (await readRevisionSnapshot(db, restore.rcpId, restore.revisionVersion, current.data));
  if (!snapshot) throw new DomainError("NOT_FOUND");
  return saveProfile(db, {
    rcpId: restore.rcpId,
    baseVersion: restore.baseVersion,
    data: snapshot,
    actorId: restore.actorId,
    restoredFromVersion: restore.revisionVersion,
  });
}
