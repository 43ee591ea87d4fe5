import type { TDb } from "~/server/db-client";

/** The signed-in user's own account and the RCP secretariats they belong to. */
export function getMe(db: TDb, userId: string) {
  return db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      platformRole: true,
      rcpRoles: {
        where: { rcp: { archivedAt: null } },
        orderBy: { rcp: { shortName: "asc" } },
        select: {
          role: true,
          rcp: { select: { id: true, slug: true, shortName: true, localizedNames: true } },
        },
      },
    },
  });
}
