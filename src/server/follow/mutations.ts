// Following and unfollowing. Adding twice is harmless: the primary key (person, kind, target)
// decides in one statement, so two clicks or two tabs at once store one follow.
import { isCountryCode } from "~/domain/country/names";
import type { TFollowTargetInput } from "~/domain/follow/schema";
import type { TDb } from "~/server/db-client";
import { DomainError } from "~/server/errors";

/** The target as stored; a process archived counts as unknown, as it is shown nowhere. */
async function existingTarget(db: TDb, input: TFollowTargetInput): Promise<string | null> {
  if (input.targetType === "COUNTRY") {
    const code = input.targetId.toUpperCase();
    return isCountryCode(code) ? code : null;
  }
  if (input.targetType === "RCP") {
    const rcp = await db.rcp.findFirst({
      where: { id: input.targetId, archivedAt: null },
      select: { id: true },
    });
    return rcp?.id ?? null;
  }
  const theme = await db.theme.findUnique({ where: { id: input.targetId }, select: { id: true } });
  return theme?.id ?? null;
}

export async function addFollow(db: TDb, userId: string, input: TFollowTargetInput): Promise<void> {
  const targetId = await existingTarget(db, input);
  if (!targetId) throw new DomainError("BAD_REQUEST", "unknownFollowTarget");
  await db.follow.createMany({
    data: [{ userId, targetType: input.targetType, targetId }],
    skipDuplicates: true,
  });
}

/** Removing what is not followed is no error: the outcome the person asked for holds. */
export async function removeFollow(db: TDb, userId: string, input: TFollowTargetInput): Promise<void> {
  const targetId = input.targetType === "COUNTRY" ? input.targetId.toUpperCase() : input.targetId;
  await db.follow.deleteMany({ where: { userId, targetType: input.targetType, targetId } });
}
