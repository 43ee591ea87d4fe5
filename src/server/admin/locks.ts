import type { Prisma } from "~/generated/prisma/client";

type TTx = Prisma.TransactionClient;

/**
 * Locks the rows of the active administrators until the transaction ends and returns their ids.
 * Two administrators demoting or disabling each other at the same moment are thereby serialised:
 * the second sees the first one's change and the platform never loses its last administrator.
 * Rows are locked in id order so that concurrent callers cannot deadlock.
 */
export async function lockActiveAdmins(tx: TTx): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User"
    WHERE "platformRole" = 'ADMIN' AND "disabledAt" IS NULL
    ORDER BY id
    FOR UPDATE`;
  return rows.map((row) => row.id);
}

/** Locks one user's row until the transaction ends, so what is read next stays true; false if unknown. */
export async function lockUser(tx: TTx, userId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
  return rows.length === 1;
}
