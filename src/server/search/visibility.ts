// The activity tier rule (activity/policy.ts) as SQL, for the search's raw query: the same three
// cases, on the same columns. search-visibility.test.ts holds this twin to canSeeActivity, actor by
// tier, and the search entry's copy of a document's tier to the rule for a document and its activity.
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

/**
 * Whether a search entry may be seen, from its own columns: a process's while it is not archived, a
 * country's always, an activity's or a document's by the tier it carries (a document's: the narrower
 * of its own and its activity's), with its activity's hosts. An entry without a tier is never shown.
 */
export function visibleEntrySql(access: TAccess | null): Prisma.Sql {
  const tier = visibleTierSql(access, Prisma.raw(`e."tier"`), Prisma.raw(`e."hostRcpIds"`));
  return Prisma.sql`(CASE e."entityType" WHEN 'RCP' THEN NOT e."archived" WHEN 'COUNTRY' THEN TRUE
    ELSE e."tier" IS NOT NULL AND ${tier} END)`;
}
