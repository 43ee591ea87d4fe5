import type { TDb } from "~/server/db-client";

export type TRcpRole = "EDITOR" | "VIEWER";

/** What a user may do, read fresh from the database: never taken from a session token. */
export type TAccess = {
  userId: string;
  platformRole: "USER" | "ADMIN";
  rcpRoles: Readonly<Record<string, TRcpRole>>;
};

export async function loadAccess(db: TDb, userId: string): Promise<TAccess | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { platformRole: true, disabledAt: true, rcpRoles: { select: { rcpId: true, role: true } } },
  });
  if (!user || user.disabledAt) return null;
  return {
    userId,
    platformRole: user.platformRole,
    rcpRoles: Object.fromEntries(user.rcpRoles.map((staff) => [staff.rcpId, staff.role])),
  };
}
