import { createTRPCRouter } from "../../trpc";
import { addFollowProcedure } from "./add-follow";
import { listChoicesProcedure } from "./list-choices";
import { listFollowsProcedure } from "./list-follows";
import { removeFollowProcedure } from "./remove-follow";

export const followRouter = createTRPCRouter({
  list: listFollowsProcedure,
  listChoices: listChoicesProcedure,
  add: addFollowProcedure,
  remove: removeFollowProcedure,
});
