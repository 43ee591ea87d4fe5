import { createTRPCRouter } from "../../trpc";
import { addFollowProcedure } from "./add-follow";
import { listFollowsProcedure } from "./list-follows";
import { removeFollowProcedure } from "./remove-follow";

export const followRouter = createTRPCRouter({
  list: listFollowsProcedure,
  add: addFollowProcedure,
  remove: removeFollowProcedure,
});
