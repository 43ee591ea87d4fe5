import type { TDb } from "~/server/db-client";
import { DomainError } from "~/server/errors";

/** The signed-in person as a registration names them. */
export async function findRegistrant(db: TDb, userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { name: true, email: true, locale: true },
  });
  return { name: user.name ?? user.email, email: user.email, locale: user.locale };
}

/**
 * The account of someone registered on their behalf, so the registration shows among theirs; a
 * disabled account is refused rather than registered behind its back.
 */
export async function findAccountOf(db: TDb, email: string) {
  const account = await db.user.findUnique({ where: { email }, select: { id: true, disabledAt: true } });
  if (account?.disabledAt) throw new DomainError("BAD_REQUEST", "accountDisabled");
  return account;
}
