import { DomainError } from "~/server/errors";
import { getProfile } from "~/server/rcp/profile";
import { publicProcedure } from "../../trpc";
import { ZRcpSlugInput } from "~/domain/rcp/schema";

export const getRcp = publicProcedure.input(ZRcpSlugInput).query(async ({ ctx, input }) => {
  const profile = await getProfile(ctx.db, input.slug);
  if (!profile) throw new DomainError("NOT_FOUND");
  return profile;
});
