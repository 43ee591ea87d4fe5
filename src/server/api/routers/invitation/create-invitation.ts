import { ZCreateInvitationInput } from "~/domain/invitation/schema";
import { DomainError } from "~/server/errors";
import { sendInvitationMail } from "~/server/invitation/mail";
import { createInvitation as createInvitationRecord } from "~/server/invitation/mutations";
import { invitationDecision } from "~/server/invitation/policy";
import { requireServices } from "../../services";
import { protectedProcedure } from "../../trpc";

/** Administrators invite anyone, as administrators too; editors invite colleagues to their own RCP. */
export const createInvitation = protectedProcedure
  .input(ZCreateInvitationInput)
  .mutation(async ({ ctx, input }) => {
    const { mailer } = requireServices(ctx);
    const decision = invitationDecision(ctx.access, {
      rcpId: input.rcp?.rcpId ?? null,
      isPlatformAdmin: input.isPlatformAdmin,
    });
    if (decision !== "ALLOWED") throw new DomainError(decision);
    const { id, token } = await createInvitationRecord(ctx.db, {
      actorId: ctx.user.id,
      email: input.email,
      name: input.name,
      locale: input.locale,
      isPlatformAdmin: input.isPlatformAdmin,
      rcp: input.rcp,
    });
    const isMailSent = await sendInvitationMail(ctx.db, mailer, {
      invitationId: id,
      token,
    });
    return { id, isMailSent };
  });
