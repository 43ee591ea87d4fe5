import { createTRPCRouter } from "../../trpc";
import { getPersonalFeed } from "./get-personal-feed";
import { resetPersonalFeedProcedure } from "./reset-personal-feed";

export const calendarRouter = createTRPCRouter({
  getPersonalFeed,
  resetPersonalFeed: resetPersonalFeedProcedure,
});
