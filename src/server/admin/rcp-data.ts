import type { Prisma } from "~/generated/prisma/client";
import type { TDb } from "~/server/db-client";

/** What the administration shows of an RCP, archived or not. */
export const adminRcpSelect = {
  id: true,
  slug: true,
  name: true,
  shortName: true,
  acronym: true,
  yearEstablished: true,
  region: true,
  secretariatKind: true,
  archivedAt: true,
  createdAt: true,
  _count: { select: { staff: true } },
} as const satisfies Prisma.RcpSelect;

export type TAdminRcp = Prisma.RcpGetPayload<{ select: typeof adminRcpSelect }>;

/** Every RCP, archived ones included (public pages show only the others). */
export function listAdminRcps(db: TDb): Promise<TAdminRcp[]> {
  return db.rcp.findMany({ select: adminRcpSelect, orderBy: [{ shortName: "asc" }, { id: "asc" }] });
}
