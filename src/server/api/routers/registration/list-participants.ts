import { ZParticipantsInput } from "~/domain/registration/schema";
import { DomainError } from "~/server/errors";
import { readParticipants } from "~/server/registration/data";
import { canDecide, canResendLink, canWithdraw, participantScope } from "~/server/registration/policy";
import { protectedProcedure } from "../../trpc";
import { visibleAudience } from "./base";

/**
 * Participants with their data: every one for hosts, their own nominees for other secretariats'
 * editors; each with what the caller may do about them, so the list offers only that.
 */
export const listParticipants = protectedProcedure.input(ZParticipantsInput).query(async ({ ctx, input }) => {
  const audience = await visibleAudience(ctx.db, ctx.access, input.activityId);
  const scope = participantScope(ctx.access, audience);
  if (!scope) throw new DomainError("FORBIDDEN");
  const page = await readParticipants(ctx.db, { ...input, scope });
  return {
    ...page,
    items: page.items.map((item) => ({
      ...item,
      may: {
        decide: canDecide(ctx.access, audience, item),
        withdraw: canWithdraw(ctx.access, audience, item),
        resendLink: canResendLink(ctx.access, audience, item),
      },
    })),
  };
});
