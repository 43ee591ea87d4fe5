// Writing recommendations. The database decides races: a number is unique per document (a second
// writer gets "numberTaken"), and edits and status changes are conditional on the version read.
import type { TRecommendationFields } from "~/domain/recommendation/schema";
import type { TParsedItem } from "~/domain/recommendation/parse-list";
import type { TRecommendationLanguage } from "~/domain/recommendation/vocabulary";
import { isUniqueViolation } from "~/server/admin/db-errors";
import type { TDb, TTx } from "~/server/db-client";
import { DomainError } from "~/server/errors";

const numberTaken = (numbers: number[]) => new DomainError("CONFLICT", "numberTaken", { numbers });
const stale = () => new DomainError("CONFLICT");

async function themeIdsOf(tx: TTx | TDb, slugs: readonly string[]): Promise<string[]> {
  if (slugs.length === 0) return [];
  const themes = await tx.theme.findMany({
    where: { slug: { in: [...slugs] } },
    select: { id: true, slug: true },
  });
  const unknown = slugs.filter((slug) => !themes.some((theme) => theme.slug === slug));
  if (unknown.length > 0) throw new DomainError("BAD_REQUEST", "unknownTheme", { themes: unknown });
  return themes.map((theme) => theme.id);
}

/** Runs a write, turning the unique number's violation into the form's "number already used". */
async function guardNumbers<T>(numbers: number[], write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw numberTaken(numbers);
    throw error;
  }
}

export async function createRecommendation(
  db: TDb,
  input: { documentId: string; data: TRecommendationFields; actorId: string },
) {
  const themeIds = await themeIdsOf(db, input.data.themes);
  return guardNumbers([input.data.number], () =>
    db.recommendation.create({
      data: {
        documentId: input.documentId,
        number: input.data.number,
        text: input.data.text,
        createdById: input.actorId,
        themes: { create: themeIds.map((themeId) => ({ themeId })) },
      },
      select: { id: true, number: true, version: true },
    }),
  );
}

/** A pasted list, all or nothing: a number already in the document refuses the whole paste. */
export async function createRecommendations(
  db: TDb,
  input: {
    documentId: string;
    items: TParsedItem[];
    language: TRecommendationLanguage;
    themes: readonly string[];
    actorId: string;
  },
) {
  const themeIds = await themeIdsOf(db, input.themes);
  const numbers = input.items.map((item) => item.number);
  return guardNumbers(numbers, () =>
    db.$transaction(async (tx) => {
      const taken = await tx.recommendation.findMany({
        where: { documentId: input.documentId, number: { in: numbers } },
        select: { number: true },
        orderBy: { number: "asc" },
      });
      if (taken.length > 0) throw numberTaken(taken.map((row) => row.number));
      const created = await tx.recommendation.createManyAndReturn({
        data: input.items.map((item) => ({
          documentId: input.documentId,
          number: item.number,
          text: { [input.language]: item.text },
          createdById: input.actorId,
        })),
        select: { id: true },
      });
      await tx.recommendationTheme.createMany({
        data: created.flatMap((row) => themeIds.map((themeId) => ({ recommendationId: row.id, themeId }))),
      });
      return { created: created.length };
    }),
  );
}

export async function updateRecommendation(
  db: TDb,
  input: { recommendationId: string; baseVersion: number; data: TRecommendationFields },
) {
  const themeIds = await themeIdsOf(db, input.data.themes);
  return guardNumbers([input.data.number], () =>
    db.$transaction(async (tx) => {
      const { count } = await tx.recommendation.updateMany({
        where: { id: input.recommendationId, version: input.baseVersion },
        data: { number: input.data.number, text: input.data.text, version: { increment: 1 } },
      });
      if (count === 0) throw stale();
      await tx.recommendationTheme.deleteMany({ where: { recommendationId: input.recommendationId } });
      await tx.recommendationTheme.createMany({
        data: themeIds.map((themeId) => ({ recommendationId: input.recommendationId, themeId })),
      });
      return { version: input.baseVersion + 1 };
    }),
  );
}

export async function removeRecommendation(
  db: TDb,
  input: { recommendationId: string; baseVersion: number },
) {
  const { count } = await db.recommendation.deleteMany({
    where: { id: input.recommendationId, version: input.baseVersion },
  });
  if (count === 0) throw stale();
  return { deleted: true as const };
}
