import { getEmailPreference as getEmailPreferenceData } from "~/server/peer-mail/preferences";
import { protectedProcedure } from "../../trpc";

/** The caller's own choice of peer-update mail, and how many things they follow. */
export const getEmailPreference = protectedProcedure.query(({ ctx }) =>
  getEmailPreferenceData(ctx.db, ctx.user.id),
);
