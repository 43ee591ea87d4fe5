import { createTRPCRouter } from "../../trpc";
import { listFeed } from "./list-feed";

export const feedRouter = createTRPCRouter({
  list: listFeed,
});
