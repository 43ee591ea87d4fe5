// The activity tier rule (activity/policy.ts) as SQL, for the search's raw query: the same three
// cases, on the same columns. visibility.test.ts holds this twin to canSeeActivity, actor by tier.
import { Prisma } from "~/generated/prisma/client";
import { isSecretariatMember } from "~/server/activity/policy";
import { isAdmin } from "~/server/rcp/policy";
import type { TAccess } from "~/server/user/access";

/**
 * Whether a row with this tier column, whose activity has these accepted hosts, may be seen. Used
 * for an activity (its own tier) and for a document (its tier, beside its activity's).
 */
export function visibleTierSql(access: TAccess | null, tier: Prisma.Sql, hostRcpIds: Prisma.Sql): Prisma.Sql {
  if (access && isAdmin(access)) return Prisma.sql`TRUE`;
  if (!access || !isSecretariatMember(access)) return Prisma.sql`${tier} = 'PUBLIC'`;
  const rcpIds = Object.keys(access.rcpRoles);
  return Prisma.sql`(${tier} IN ('PUBLIC', 'ALL_SECRETARIATS')
    OR (${tier} = 'HOSTS' AND ${hostRcpIds} && ${rcpIds}::text[]))`;
}

/** An activity's own tier, for the alias of its table in the query. */
export const visibleActivitySql = (access: TAccess | null, alias: string) =>
  visibleTierSql(access, Prisma.raw(`${alias}."visibility"`), Prisma.raw(`${alias}."hostRcpIds"`));
