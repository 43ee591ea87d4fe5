import type { TListOpenInvitationsInput } from "~/domain/invitation/schema";
import type { Prisma } from "~/generated/prisma/client";
import { hashToken } from "~/server/auth/token";
import type { TDb } from "~/server/db-client";

export type TInvitationView =
  | {
      state: "pending";
      email: string;
      name: string | null;
      isPlatformAdmin: boolean;
      /** The page names the process in its own language (see rcpNames). */
      rcp: { shortName: string; name: string; localizedNames: unknown; role: "EDITOR" | "VIEWER" } | null;
      /** The address already has an account: accepting sets its password and adds the role. */
      hasAccount: boolean;
      expiresAt: Date;
    }
  /** "archived": the RCP was archived after the invitation went out; restoring it reopens the link. */
  | { state: "expired" | "accepted" | "revoked" | "archived" };

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
      rcp: { select: { shortName: true, name: true, localizedNames: true, archivedAt: true } },
    },
  });
  if (!invitation) return null;
  if (invitation.acceptedAt) return { state: "accepted" };
  if (invitation.revokedAt) return { state: "revoked" };
  // For display only: acceptance itself is decided by the database's clock (mutations.ts).
  if (invitation.expiresAt <= new Date()) return { state: "expired" };
  if (invitation.rcp?.archivedAt) return { state: "archived" };
  const account = await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  return {
    state: "pending",
    email: invitation.email,
    name: invitation.name,
    isPlatformAdmin: invitation.platformRole === "ADMIN",
    rcp:
      invitation.rcp && invitation.rcpRole
        ? {
            shortName: invitation.rcp.shortName,
            name: invitation.rcp.name,
            localizedNames: invitation.rcp.localizedNames,
            role: invitation.rcpRole,
          }
        : null,
    hasAccount: account !== null,
    expiresAt: invitation.expiresAt,
  };
}

/** What the lists of open invitations show. Never the token's hash. */
const openInvitationSelect = {
  id: true,
  email: true,
  name: true,
  rcpRole: true,
  platformRole: true,
  locale: true,
  createdAt: true,
  expiresAt: true,
  invitedBy: { select: { name: true, email: true } },
  rcp: { select: { id: true, shortName: true, archivedAt: true } },
} as const satisfies Prisma.InvitationSelect;

type TOpenInvitationRow = Prisma.InvitationGetPayload<{ select: typeof openInvitationSelect }>;

function toPendingInvitation({ platformRole, invitedBy, ...invitation }: TOpenInvitationRow, now: Date) {
  return {
    ...invitation,
    isPlatformAdmin: platformRole === "ADMIN",
    isExpired: invitation.expiresAt <= now,
    invitedBy: invitedBy.name ?? invitedBy.email,
  };
}

export type TPendingInvitation = ReturnType<typeof toPendingInvitation>;

/** Neither accepted nor withdrawn; expired ones too, which can still be resent. */
const isOpen = { acceptedAt: null, revokedAt: null } as const satisfies Prisma.InvitationWhereInput;
const newestFirst = [
  { createdAt: "desc" },
  { id: "desc" },
] as const satisfies Prisma.InvitationOrderByWithRelationInput[];

/** Open invitations to an RCP, newest first. */
export async function listPendingInvitations(db: TDb, rcpId: string): Promise<TPendingInvitation[]> {
  if (!rcpId) throw new Error("listPendingInvitations needs an RCP id");
  const invitations = await db.invitation.findMany({
    where: { rcpId, ...isOpen },
    orderBy: newestFirst,
    select: openInvitationSelect,
  });
  const now = new Date();
  return invitations.map((invitation) => toPendingInvitation(invitation, now));
}

/**
 * Every open invitation of the platform, page by page, newest first: to any RCP, archived ones
 * included, and to platform administration alone. For administrators only.
 */
export async function listOpenInvitations(db: TDb, input: TListOpenInvitationsInput) {
  const [total, invitations] = await Promise.all([
    db.invitation.count({ where: isOpen }),
    db.invitation.findMany({
      where: isOpen,
      orderBy: newestFirst,
      select: openInvitationSelect,
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
    }),
  ]);
  const now = new Date();
  return {
    items: invitations.map((invitation) => toPendingInvitation(invitation, now)),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}

/** Just enough to decide who may manage an invitation. */
export function findInvitationTarget(db: TDb, id: string) {
  return db.invitation.findUnique({ where: { id }, select: { id: true, rcpId: true, platformRole: true } });
}
