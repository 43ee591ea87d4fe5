import type { Prisma } from "~/generated/prisma/client";
import type { TListUsersInput, TUserFilters } from "~/domain/admin/user-schema";
import type { TDb } from "~/server/db-client";

/** What the administration shows of an account. Never the password hash or any token. */
export const adminUserSelect = {
  id: true,
  email: true,
  name: true,
  platformRole: true,
  disabledAt: true,
  createdAt: true,
  rcpRoles: {
    orderBy: { rcp: { shortName: "asc" } },
    select: { role: true, rcp: { select: { id: true, slug: true, shortName: true, archivedAt: true } } },
  },
} as const satisfies Prisma.UserSelect;

export type TAdminUser = Prisma.UserGetPayload<{ select: typeof adminUserSelect }>;

export async function listUsers(db: TDb, input: TListUsersInput) {
  const where = usersWhere(input);
  const [total, items] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      select: adminUserSelect,
      orderBy: [{ email: "asc" }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
    }),
  ]);
  return { items, total, page: input.page, pageSize: input.pageSize };
}

function usersWhere(filters: TUserFilters): Prisma.UserWhereInput {
  const where: Prisma.UserWhereInput = {};
  if (filters.q) {
    where.OR = [
      { email: { contains: filters.q, mode: "insensitive" } },
      { name: { contains: filters.q, mode: "insensitive" } },
    ];
  }
  if (filters.platformRole) where.platformRole = filters.platformRole;
  if (filters.status) where.disabledAt = filters.status === "disabled" ? { not: null } : null;
  if (filters.rcpId || filters.rcpRole) {
    where.rcpRoles = {
      some: {
        ...(filters.rcpId ? { rcpId: filters.rcpId } : {}),
        ...(filters.rcpRole ? { role: filters.rcpRole } : {}),
      },
    };
  }
  return where;
}

/** The account as the administration shows it, inside a transaction that holds its lock. */
export function readAdminUser(tx: Prisma.TransactionClient | TDb, userId: string) {
  return tx.user.findUnique({ where: { id: userId }, select: adminUserSelect });
}
