import { hashToken } from "~/server/auth/token";
import type { TDb } from "~/server/db-client";

export type TInvitationView =
  | {
      state: "pending";
      email: string;
      name: string | null;
      isPlatformAdmin: boolean;
      rcp: { shortName: string; name: string; role: "EDITOR" | "VIEWER" } | null;
      /** The address already has an account: accepting sets its password and adds the role. */
      hasAccount: boolean;
      expiresAt: Date;
    }
  | { state: "expired" | "accepted" | "revoked" };

/** What the holder of an invitation link may see: the details while it is open, else why it is not. */
export async function getInvitationByToken(db: TDb, token: string): Promise<TInvitationView | null> {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      email: true,
      name: true,
      platformRole: true,
      rcpRole: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      rcp: { select: { shortName: true, name: true } },
    },
  });
  if (!invitation) return null;
  if (invitation.acceptedAt) return { state: "accepted" };
  if (invitation.revokedAt) return { state: "revoked" };
  // For display only: acceptance itself is decided by the database's clock (mutations.ts).
  if (invitation.expiresAt <= new Date()) return { state: "expired" };
  const account = await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  return {
    state: "pending",
    email: invitation.email,
    name: invitation.name,
    isPlatformAdmin: invitation.platformRole === "ADMIN",
    rcp:
      invitation.rcp && invitation.rcpRole
        ? { shortName: invitation.rcp.shortName, name: invitation.rcp.name, role: invitation.rcpRole }
        : null,
    hasAccount: account !== null,
    expiresAt: invitation.expiresAt,
  };
}

/** Invitations to an RCP that are neither accepted nor withdrawn, newest first (expired ones too). */
export async function listPendingInvitations(db: TDb, rcpId: string) {
  if (!rcpId) throw new Error("listPendingInvitations needs an RCP id");
  const invitations = await db.invitation.findMany({
    where: { rcpId, acceptedAt: null, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      email: true,
      name: true,
      rcpRole: true,
      platformRole: true,
      createdAt: true,
      expiresAt: true,
      invitedBy: { select: { name: true, email: true } },
    },
  });
  const now = new Date();
  return invitations.map(({ platformRole, invitedBy, ...invitation }) => ({
    ...invitation,
    isPlatformAdmin: platformRole === "ADMIN",
    isExpired: invitation.expiresAt <= now,
    invitedBy: invitedBy.name ?? invitedBy.email,
  }));
}

/** Just enough to decide who may manage an invitation. */
export function findInvitationTarget(db: TDb, id: string) {
  return db.invitation.findUnique({ where: { id }, select: { id: true, rcpId: true, platformRole: true } });
}
