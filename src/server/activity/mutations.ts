// Writing activities. Concurrency is decided by the database: every change names the version it
// was based on, and only a conditional update of that exact version goes through.
import type { TActivityFields } from "~/domain/activity/schema";
import type { TActivityStatus } from "~/domain/activity/vocabulary";
import { Prisma } from "~/generated/prisma/client";
import { removeFiles } from "~/server/activity-document/mutations";
import { recordAudit } from "~/server/audit/record";
import { revalidatePublicPages } from "~/server/cache/revalidate-public";
import type { TDb } from "~/server/db-client";
import { DomainError } from "~/server/errors";
import {
  activityWhen,
  isSameWhen,
  recordActivityEvent,
  WHEN_SELECT,
} from "~/server/peer-event/activity-events";
import type { TFileStorage } from "~/server/storage/storage";
import { newActivitySlug, toColumns } from "./columns";
import { readEditableActivity } from "./editable";
import { themeIds } from "./themes";

const TX = { maxWait: 10_000, timeout: 30_000 } as const;

type TCreate = { rcpId: string; fields: TActivityFields; actorId: string };

export async function createActivity(db: TDb, create: TCreate) {
  for (let attempt = 0; ; attempt++) {
    try {
      const created = await db.$transaction(async (tx) => {
        const rcp = await tx.rcp.findFirst({
          where: { id: create.rcpId, archivedAt: null },
          select: { id: true },
        });
        if (!rcp) throw new DomainError("NOT_FOUND");
        const themes = await themeIds(tx, create.fields.themes);
        const activity = await tx.activity.create({
          data: {
            ...toColumns(create.fields),
            slug: newActivitySlug(create.fields),
            createdById: create.actorId,
            updatedById: create.actorId,
            rcps: { create: { rcpId: rcp.id, status: "ACCEPTED", respondedAt: new Date() } },
            themes: { create: themes.map((themeId) => ({ themeId })) },
          },
          select: { id: true, slug: true, version: true },
        });
        await recordAudit(tx, {
          actorId: create.actorId,
          action: "activity.create",
          targetType: "Activity",
          targetId: activity.id,
          rcpId: rcp.id,
          details: { slug: activity.slug, visibility: create.fields.visibility },
        });
        await recordActivityEvent(tx, {
          kind: "ACTIVITY_POSTED",
          activityId: activity.id,
          actorId: create.actorId,
          rcpId: rcp.id,
        });
        return activity;
      }, TX);
      revalidatePublicPages();
      return created;
    } catch (error) {
      // Two titles may make the same slug; its random tail makes a second clash all but impossible.
      const isSlugClash = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!isSlugClash || attempt >= 2) throw error;
    }
  }
}

type TUpdate = { activityId: string; baseVersion: number; fields: TActivityFields; actorId: string };

export async function updateActivity(db: TDb, update: TUpdate) {
  const version = await db.$transaction(async (tx) => {
    const themes = await themeIds(tx, update.fields.themes);
    // Read before the write; when the conditional write below succeeds, this was that version.
    const before = await tx.activity.findUnique({ where: { id: update.activityId }, select: WHEN_SELECT });
    const columns = toColumns(update.fields);
    // Takes the row lock: a concurrent save of the same version waits here, then finds the version
    // moved on and updates nothing.
    const { count } = await tx.activity.updateMany({
      where: { id: update.activityId, version: update.baseVersion, status: { not: "CANCELLED" } },
      data: { ...columns, version: { increment: 1 }, updatedById: update.actorId },
    });
    if (count === 0) throw await refusal(tx, update.activityId, update.baseVersion);
    await tx.activityTheme.deleteMany({ where: { activityId: update.activityId } });
    await tx.activityTheme.createMany({
      data: themes.map((themeId) => ({ activityId: update.activityId, themeId })),
    });
    await recordAudit(tx, {
      actorId: update.actorId,
      action: "activity.update",
      targetType: "Activity",
      targetId: update.activityId,
      details: { version: update.baseVersion + 1 },
    });
    if (before && !isSameWhen(before, columns)) {
      await recordActivityEvent(tx, {
        kind: "ACTIVITY_RESCHEDULED",
        activityId: update.activityId,
        actorId: update.actorId,
        details: { previous: activityWhen(before) },
      });
    }
    return update.baseVersion + 1;
  }, TX);
  revalidatePublicPages();
  return { version };
}

const STATUS_ACTIONS: Record<TActivityStatus, string> = {
  SCHEDULED: "activity.restore",
  POSTPONED: "activity.postpone",
  CANCELLED: "activity.cancel",
};

type TSetStatus = { activityId: string; baseVersion: number; status: TActivityStatus; actorId: string };

/** Postpone, cancel, or put back on the calendar; a cancelled activity keeps everything it had. */
export async function setActivityStatus(db: TDb, change: TSetStatus) {
  const version = await db.$transaction(async (tx) => {
    const before = await tx.activity.findUnique({
      where: { id: change.activityId },
      select: { ...WHEN_SELECT, status: true },
    });
    const { count } = await tx.activity.updateMany({
      where: { id: change.activityId, version: change.baseVersion },
      data: { status: change.status, version: { increment: 1 }, updatedById: change.actorId },
    });
    if (count === 0) throw await refusal(tx, change.activityId, change.baseVersion);
    await recordAudit(tx, {
      actorId: change.actorId,
      action: STATUS_ACTIONS[change.status],
      targetType: "Activity",
      targetId: change.activityId,
      details: { version: change.baseVersion + 1, status: change.status },
    });
    if (before && before.status !== change.status && change.status !== "SCHEDULED") {
      const isCancelled = change.status === "CANCELLED";
      await recordActivityEvent(tx, {
        kind: isCancelled ? "ACTIVITY_CANCELLED" : "ACTIVITY_RESCHEDULED",
        activityId: change.activityId,
        actorId: change.actorId,
        details: isCancelled ? undefined : { previous: activityWhen(before), isPostponed: true },
      });
    }
    return change.baseVersion + 1;
  }, TX);
  revalidatePublicPages();
  return { version };
}

type TDelete = { activityId: string; baseVersion: number; actorId: string };

/** Deletes the activity, its documents with it, and their files once that is committed. */
export async function deleteActivity(db: TDb, removal: TDelete, storage?: TFileStorage) {
  const fileKeys = await db.$transaction(async (tx) => {
    // Locked first, so a document being attached meanwhile is either listed here or refused.
    await tx.$queryRaw`SELECT 1 FROM "Activity" WHERE "id" = ${removal.activityId} FOR UPDATE`;
    const gone = await tx.activity.findUnique({
      where: { id: removal.activityId },
      select: {
        slug: true,
        title: true,
        rcps: { select: { rcpId: true } },
        documents: { select: { storageKey: true } },
      },
    });
    const { count } = await tx.activity.deleteMany({
      where: { id: removal.activityId, version: removal.baseVersion },
    });
    if (count === 0 || !gone) throw await refusal(tx, removal.activityId, removal.baseVersion);
    await recordAudit(tx, {
      actorId: removal.actorId,
      action: "activity.delete",
      targetType: "Activity",
      targetId: removal.activityId,
      // The record is gone: the log keeps what it was.
      details: {
        slug: gone.slug,
        title: gone.title as Prisma.InputJsonValue,
        hosts: gone.rcps.map((h) => h.rcpId),
      },
    });
    return gone.documents.map((document) => document.storageKey);
  }, TX);
  revalidatePublicPages();
  await removeFiles(storage, fileKeys);
}

type TTx = Parameters<Parameters<TDb["$transaction"]>[0]>[0];

/** Why a conditional write matched nothing: gone, cancelled, or changed since it was read. */
async function refusal(tx: TTx, activityId: string, baseVersion: number): Promise<DomainError> {
  const current = await readEditableActivity(tx, activityId);
  if (!current) return new DomainError("NOT_FOUND");
  if (current.version === baseVersion && current.status === "CANCELLED") {
    return new DomainError("BAD_REQUEST", "activityCancelled");
  }
  return new DomainError("CONFLICT", "CONFLICT", { current });
}
