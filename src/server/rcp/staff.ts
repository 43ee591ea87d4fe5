import type { TDb } from "~/server/db-client";
import { tenantId } from "./tenant";

/** The RCP at an address, archived or not: what a slug-keyed procedure resolves first. */
export function findRcpBySlug(db: TDb, slug: string) {
  return db.rcp.findUnique({ where: { slug }, select: { id: true } });
}

/** The RCP a staff page is about. */
export function findStaffRcp(db: TDb, rcpId: string) {
  return db.rcp.findUniqueOrThrow({
    where: { id: tenantId(rcpId) },
    select: { id: true, slug: true, shortName: true, name: true, localizedNames: true },
  });
}

/** The RCP's secretariat staff: who they are and what they may do. Editors first, then by name. */
export async function listStaff(db: TDb, rcpId: string) {
  if (!rcpId) throw new Error("listStaff needs an RCP id");
  const staff = await db.rcpStaff.findMany({
    where: { rcpId },
    orderBy: [{ role: "asc" }, { user: { name: "asc" } }, { user: { email: "asc" } }],
    select: {
      role: true,
      createdAt: true,
      user: { select: { id: true, name: true, email: true, disabledAt: true } },
    },
  });
  return staff.map(({ role, createdAt, user }) => ({
    userId: user.id,
    name: user.name,
    email: user.email,
    role,
    since: createdAt,
    isDisabled: user.disabledAt !== null,
  }));
}
