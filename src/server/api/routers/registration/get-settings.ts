import { ZActivityRefInput } from "~/domain/activity/schema";
import { canManageActivity } from "~/server/activity/policy";
import { readRegistrationOverview } from "~/server/registration/data";
import { readParticipantChoices } from "~/server/registration/participant-choices";
import { readerProcedure } from "../../trpc";
import { visibleAudience } from "./base";

/**
 * Registration of an activity as the caller may see it: settings, state, seat counts, their own
 * registration, and the hosts' participants a person may be registered as representing.
 */
export const getSettings = readerProcedure.input(ZActivityRefInput).query(async ({ ctx, input }) => {
  const audience = await visibleAudience(ctx.db, ctx.viewer, input.activityId);
  const overview = await readRegistrationOverview(
    ctx.db,
    input.activityId,
    ctx.viewer?.userId ?? null,
    new Date(),
  );
  // The list to choose a government or organisation from, only where the hosts ask for one.
  const asksOrganisation = overview.settings?.questions.includes("ORGANISATION") ?? false;
  const participantChoices = asksOrganisation ? await readParticipantChoices(ctx.db, input.activityId) : [];
  return {
    ...overview,
    participantChoices,
    canManage: ctx.viewer !== null && canManageActivity(ctx.viewer, audience),
  };
});
