import type { TDb } from "~/server/db-client";
import { DomainError } from "~/server/errors";

type TTx = Parameters<Parameters<TDb["$transaction"]>[0]>[0];

/** The ids of the shared taxonomy's themes named by slug; a slug it does not hold is refused. */
export async function themeIds(tx: TTx | TDb, slugs: readonly string[]): Promise<string[]> {
  if (slugs.length === 0) return [];
  const themes = await tx.theme.findMany({
    where: { slug: { in: [...slugs] } },
    select: { id: true, slug: true },
  });
  const known = new Set(themes.map((theme) => theme.slug));
  const unknown = slugs.filter((slug) => !known.has(slug));
  if (unknown.length > 0) throw new DomainError("BAD_REQUEST", "unknownTheme", { slugs: unknown });
  return themes.map((theme) => theme.id);
}
