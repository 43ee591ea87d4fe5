import { createTRPCRouter } from "../../trpc";
import { createActivity } from "./create-activity";
import { deleteActivity } from "./delete-activity";
import { getActivity } from "./get-activity";
import { getEditableActivity } from "./get-editable";
import { listActivities } from "./list-activities";
import { listTimeline } from "./list-timeline";
import { setActivityStatus } from "./set-activity-status";
import { updateActivity } from "./update-activity";

export const activityRouter = createTRPCRouter({
  listTimeline,
  list: listActivities,
  get: getActivity,
  getEditable: getEditableActivity,
  create: createActivity,
  update: updateActivity,
  setStatus: setActivityStatus,
  delete: deleteActivity,
});
