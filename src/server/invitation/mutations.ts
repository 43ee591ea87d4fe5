import type { TLocale } from "~/i18n/routing";
import { recordAudit } from "~/server/audit/record";
import { hashPassword } from "~/server/auth/password";
import { findPasswordProblem } from "~/server/auth/password-policy";
import { createToken, hashToken } from "~/server/auth/token";
import type { TDb } from "~/server/db-client";
import { DomainError } from "~/server/errors";
import { INVITATION_VALID_DAYS } from "~/server/mail/messages";

const validFor = () => new Date(Date.now() + INVITATION_VALID_DAYS * 24 * 60 * 60 * 1000);

type TNewInvitation = {
  actorId: string;
  email: string;
  name: string | null;
  locale: TLocale;
  isPlatformAdmin: boolean;
  rcp: { rcpId: string; role: "EDITOR" | "VIEWER" } | null;
};

/** Issues an invitation; the returned token exists only here and in the email. */
export function createInvitation(db: TDb, input: TNewInvitation): Promise<{ id: string; token: string }> {
  return db.$transaction(async (tx) => {
    const rcpId = input.rcp?.rcpId ?? null;
    // An archived RCP is gone from every page and cannot be edited: nobody is invited into it.
    if (
      rcpId &&
      !(await tx.rcp.findFirst({ where: { id: rcpId, archivedAt: null }, select: { id: true } }))
    ) {
      throw new DomainError("NOT_FOUND");
    }
    const account = await tx.user.findUnique({
      where: { email: input.email },
      select: { id: true, platformRole: true },
    });
    const staff =
      account && rcpId
        ? await tx.rcpStaff.findUnique({
            where: { userId_rcpId: { userId: account.id, rcpId } },
            select: { role: true },
          })
        : null;
    const hasEverything =
      account && (!rcpId || staff) && (!input.isPlatformAdmin || account.platformRole === "ADMIN");
    if (hasEverything) throw new DomainError("CONFLICT", "alreadyMember");
    const open = await tx.invitation.findFirst({
      where: { email: input.email, rcpId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      select: { id: true },
    });
    if (open) throw new DomainError("CONFLICT", "alreadyInvited");

    const { token, tokenHash } = createToken();
    const invitation = await tx.invitation.create({
      data: {
        tokenHash,
        email: input.email,
        name: input.name,
        locale: input.locale,
        platformRole: input.isPlatformAdmin ? "ADMIN" : "USER",
        rcpId,
        rcpRole: input.rcp?.role ?? null,
        invitedById: input.actorId,
        expiresAt: validFor(),
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: input.actorId,
      action: "invitation.create",
      targetType: "Invitation",
      targetId: invitation.id,
      rcpId,
      details: {
        email: input.email,
        rcpRole: input.rcp?.role ?? null,
        isPlatformAdmin: input.isPlatformAdmin,
      },
    });
    return { id: invitation.id, token };
  });
}

/** A new link for an open invitation, valid for a fresh period; the previous link stops working. */
export function resendInvitation(
  db: TDb,
  input: { actorId: string; id: string },
): Promise<{ token: string }> {
  return db.$transaction(async (tx) => {
    const { token, tokenHash } = createToken();
    const { count } = await tx.invitation.updateMany({
      where: { id: input.id, acceptedAt: null, revokedAt: null },
      data: { tokenHash, expiresAt: validFor() },
    });
    if (count === 0) throw new DomainError("CONFLICT", "invitationClosed");
    const invitation = await tx.invitation.findUniqueOrThrow({
      where: { id: input.id },
      select: { rcpId: true },
    });
    await recordAudit(tx, {
      actorId: input.actorId,
      action: "invitation.resend",
      targetType: "Invitation",
      targetId: input.id,
      rcpId: invitation.rcpId,
    });
    return { token };
  });
}

export function revokeInvitation(db: TDb, input: { actorId: string; id: string }): Promise<void> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: input.id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new DomainError("CONFLICT", "invitationClosed");
    const invitation = await tx.invitation.findUniqueOrThrow({
      where: { id: input.id },
      select: { rcpId: true },
    });
    await recordAudit(tx, {
      actorId: input.actorId,
      action: "invitation.revoke",
      targetType: "Invitation",
      targetId: input.id,
      rcpId: invitation.rcpId,
    });
  });
}

type TAcceptance = { token: string; name: string; password: string; locale: string };
type TAccepted = {
  id: string;
  email: string;
  platformRole: "USER" | "ADMIN";
  rcpId: string | null;
  rcpRole: "EDITOR" | "VIEWER" | null;
};

/**
 * Turns an open invitation into an account (or extends an existing one): sets the password and
 * name, grants the invited rights. The database decides, in one conditional update, whether the
 * link is still open: used, withdrawn or expired links change nothing.
 */
export async function acceptInvitation(
  db: TDb,
  input: TAcceptance,
): Promise<{ email: string; rcpSlug: string | null }> {
  const tokenHash = hashToken(input.token);
  const invitation = await db.invitation.findUnique({ where: { tokenHash }, select: { email: true } });
  if (!invitation) throw new DomainError("NOT_FOUND", "invitationUnavailable");
  const problem = findPasswordProblem(input.password, { email: invitation.email, name: input.name });
  if (problem) throw new DomainError("BAD_REQUEST", problem);
  // Hashing takes a while: done before the transaction so it holds no locks meanwhile.
  const passwordHash = await hashPassword(input.password);

  return db.$transaction(async (tx) => {
    const [accepted] = await tx.$queryRaw<TAccepted[]>`
      UPDATE "Invitation" SET "acceptedAt" = now()
      WHERE "tokenHash" = ${tokenHash}
        AND "acceptedAt" IS NULL AND "revokedAt" IS NULL AND "expiresAt" > now()
        AND NOT EXISTS (
          SELECT 1 FROM "Rcp" WHERE "Rcp"."id" = "Invitation"."rcpId" AND "Rcp"."archivedAt" IS NOT NULL
        )
      RETURNING "id", "email", "platformRole"::text AS "platformRole", "rcpId", "rcpRole"::text AS "rcpRole"`;
    if (!accepted) {
      // An archived RCP takes no new staff; its open invitations wait until it is restored.
      const archived = await tx.invitation.count({
        where: { tokenHash, acceptedAt: null, revokedAt: null, rcp: { archivedAt: { not: null } } },
      });
      throw new DomainError("NOT_FOUND", archived ? "invitationRcpArchived" : "invitationUnavailable");
    }

    const account = await tx.user.findUnique({
      where: { email: accepted.email },
      select: { id: true, passwordHash: true, disabledAt: true },
    });
    // An administrator's decision to disable an account is not undone by an invitation.
    if (account?.disabledAt) throw new DomainError("FORBIDDEN", "accountDisabled");
    const user = account
      ? await tx.user.update({
          where: { id: account.id },
          data: {
            name: input.name,
            passwordHash,
            // Invitations only ever add rights; an existing administrator stays one.
            ...(accepted.platformRole === "ADMIN" ? { platformRole: "ADMIN" as const } : {}),
            // A replaced password ends the account's other sessions, as a reset does.
            ...(account.passwordHash ? { sessionVersion: { increment: 1 } } : {}),
          },
          select: { id: true },
        })
      : await tx.user.create({
          data: {
            email: accepted.email,
            name: input.name,
            passwordHash,
            platformRole: accepted.platformRole,
            locale: input.locale,
          },
          select: { id: true },
        });
    if (accepted.rcpId && accepted.rcpRole) {
      await tx.rcpStaff.upsert({
        where: { userId_rcpId: { userId: user.id, rcpId: accepted.rcpId } },
        create: { userId: user.id, rcpId: accepted.rcpId, role: accepted.rcpRole },
        // Never a demotion: an editor invited again as a viewer stays an editor.
        update: accepted.rcpRole === "EDITOR" ? { role: "EDITOR" } : {},
      });
    }
    await recordAudit(tx, {
      actorId: user.id,
      action: "invitation.accept",
      targetType: "Invitation",
      targetId: accepted.id,
      rcpId: accepted.rcpId,
      details: { isNewAccount: !account },
    });
    const rcp = accepted.rcpId
      ? await tx.rcp.findUnique({ where: { id: accepted.rcpId }, select: { slug: true } })
      : null;
    return { email: accepted.email, rcpSlug: rcp?.slug ?? null };
  });
}
