import { isSecretariatMember } from "~/server/activity/policy";
import { listProcessPairs } from "~/server/duplicate-effort/pairs";
import { DomainError } from "~/server/errors";
import { protectedProcedure } from "../../trpc";

/** For secretariats (and administrators): which processes work on the same themes at the same time. */
export const listProcessPairsProcedure = protectedProcedure.query(({ ctx }) => {
  if (!isSecretariatMember(ctx.access)) throw new DomainError("FORBIDDEN");
  return listProcessPairs(ctx.db, ctx.access);
});
