import { ZSaveSettingsInput } from "~/domain/registration/schema";
import { saveRegistrationSettings } from "~/server/registration/settings";
import { activityManagerProcedure } from "../../trpc";

/** Opens registration or changes its settings (host editors), based on `version`. */
export const saveSettings = activityManagerProcedure.input(ZSaveSettingsInput).mutation(({ ctx, input }) =>
  saveRegistrationSettings(ctx.db, {
    activityId: ctx.activity.id,
    baseVersion: input.version,
    fields: input.data,
    actorId: ctx.user.id,
    now: new Date(),
  }),
);
