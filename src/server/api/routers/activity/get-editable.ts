import { readEditableActivity } from "~/server/activity/editable";
import { DomainError } from "~/server/errors";
import { activityManagerProcedure } from "../../trpc";

/** The activity as its form edits it, with the version a save is based on. */
export const getEditableActivity = activityManagerProcedure.query(async ({ ctx }) => {
  const editable = await readEditableActivity(ctx.db, ctx.activity.id);
  if (!editable) throw new DomainError("NOT_FOUND");
  return editable;
});
