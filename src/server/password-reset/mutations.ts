import { toLocale } from "~/i18n/routing";
import { recordAudit } from "~/server/audit/record";
import { hashPassword } from "~/server/auth/password";
import { findPasswordProblem } from "~/server/auth/password-policy";
import { createToken, hashToken } from "~/server/auth/token";
import type { TDb } from "~/server/db-client";
import { DomainError } from "~/server/errors";
import type { TMailer } from "~/server/mail/mailer";
import { PASSWORD_RESET_VALID_MINUTES, passwordResetMail } from "~/server/mail/messages";

/**
 * Mails a reset link when the address belongs to an active account, and does nothing otherwise:
 * the caller answers the same either way and runs this after responding (see afterResponse).
 * Only the newest link works.
 */
export async function sendPasswordReset(db: TDb, mailer: TMailer, email: string): Promise<void> {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, locale: true, disabledAt: true },
  });
  if (!user || user.disabledAt) return;
  const { token, tokenHash } = createToken();
  await db.$transaction(async (tx) => {
    await tx.passwordReset.deleteMany({ where: { userId: user.id, usedAt: null } });
    await tx.passwordReset.create({
      data: {
        tokenHash,
        userId: user.id,
        expiresAt: new Date(Date.now() + PASSWORD_RESET_VALID_MINUTES * 60 * 1000),
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: null,
      action: "auth.requestPasswordReset",
      targetType: "User",
      targetId: user.id,
    });
  });
  await mailer.send(
    passwordResetMail({
      locale: toLocale(user.locale),
      appUrl: mailer.appUrl,
      to: user.email,
      token,
      name: user.name,
    }),
  );
}

/**
 * Sets a new password through a reset link. The database decides, in one conditional update,
 * whether the link is unused and unexpired; every session of the account ends (sessionVersion).
 */
export async function resetPassword(
  db: TDb,
  input: { token: string; password: string },
): Promise<{ email: string }> {
  const tokenHash = hashToken(input.token);
  const reset = await db.passwordReset.findUnique({
    where: { tokenHash },
    select: { user: { select: { email: true, name: true } } },
  });
  if (!reset) throw new DomainError("NOT_FOUND", "resetUnavailable");
  const problem = findPasswordProblem(input.password, reset.user);
  if (problem) throw new DomainError("BAD_REQUEST", problem);
  const passwordHash = await hashPassword(input.password);

  return db.$transaction(async (tx) => {
    const [used] = await tx.$queryRaw<{ userId: string }[]>`
      UPDATE "PasswordReset" SET "usedAt" = now()
      WHERE "tokenHash" = ${tokenHash} AND "usedAt" IS NULL AND "expiresAt" > now()
      RETURNING "userId"`;
    if (!used) throw new DomainError("NOT_FOUND", "resetUnavailable");
    const { count } = await tx.user.updateMany({
      where: { id: used.userId, disabledAt: null },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    if (count === 0) throw new DomainError("NOT_FOUND", "resetUnavailable");
    // Links sent before this one die with the old password.
    await tx.passwordReset.deleteMany({ where: { userId: used.userId, usedAt: null } });
    await recordAudit(tx, {
      actorId: used.userId,
      action: "auth.resetPassword",
      targetType: "User",
      targetId: used.userId,
    });
    return { email: reset.user.email };
  });
}
