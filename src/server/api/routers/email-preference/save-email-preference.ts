import { ZSaveEmailPreference } from "~/domain/email-preference/schema";
import { saveEmailPreference as saveEmailPreferenceData } from "~/server/peer-mail/preferences";
import { protectedProcedure } from "../../trpc";

/** Only ever the caller's own preference: there is no user id in the input. */
export const saveEmailPreference = protectedProcedure
  .input(ZSaveEmailPreference)
  .mutation(({ ctx, input }) => saveEmailPreferenceData(ctx.db, ctx.user.id, input.frequency));
