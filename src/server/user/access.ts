import { cache } from "react";
import type { TDb } from "~/server/db-client";

export type TRcpRole = "EDITOR" | "VIEWER";

/** What a user may do, read fresh from the database: never taken from a session token. */
export type TAccess = {
  userId: string;
  platformRole: "USER" | "ADMIN";
  rcpRoles: Readonly<Record<string, TRcpRole>>;
};

/** The columns access is decided on, for queries that read the user anyway (the session's). */
export const ACCESS_SELECT = {
  platformRole: true,
  disabledAt: true,
  rcpRoles: { select: { rcpId: true, role: true } },
} as const;

type TAccessRow = {
  platformRole: TAccess["platformRole"];
  disabledAt: Date | null;
  rcpRoles: { rcpId: string; role: TRcpRole }[];
};

export function accessOf(userId: string, user: TAccessRow | null): TAccess | null {
  if (!user || user.disabledAt) return null;
  return {
    userId,
    platformRole: user.platformRole,
    rcpRoles: Object.fromEntries(user.rcpRoles.map((staff) => [staff.rcpId, staff.role])),
  };
}

export async function loadAccess(db: TDb, userId: string): Promise<TAccess | null> {
  return accessOf(userId, await db.user.findUnique({ where: { id: userId }, select: ACCESS_SELECT }));
}

/**
 * loadAccess read once per server render: a page's procedures each check access, and within one
 * request the answer cannot change. Outside a render (route handlers, tests) it reads each time.
 */
export const loadAccessOnce = cache(loadAccess);
