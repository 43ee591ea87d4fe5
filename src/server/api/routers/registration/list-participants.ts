import { ZParticipantsInput } from "~/domain/registration/schema";
import { DomainError } from "~/server/errors";
import { readParticipants } from "~/server/registration/data";
import { participantScope } from "~/server/registration/policy";
import { protectedProcedure } from "../../trpc";
import { visibleAudience } from "./base";

/** Participants with their data: every one for hosts, their own nominees for other secretariats' editors. */
export const listParticipants = protectedProcedure.input(ZParticipantsInput).query(async ({ ctx, input }) => {
  const audience = await visibleAudience(ctx.db, ctx.access, input.activityId);
  const scope = participantScope(ctx.access, audience);
  if (!scope) throw new DomainError("FORBIDDEN");
  return readParticipants(ctx.db, { ...input, scope });
});
