/**
 * Every tenant query carries the RCP id. Prisma silently drops an `undefined` filter, which would
 * turn "this RCP's rows" into "every RCP's rows", so a missing id stops the query instead.
 */
export function tenantId(rcpId: string | undefined | null): string {
  if (!rcpId) throw new Error("A tenant query needs an RCP id");
  return rcpId;
}
