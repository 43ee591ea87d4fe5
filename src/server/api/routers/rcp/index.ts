import { createTRPCRouter } from "../../trpc";
import { listRcps } from "./list-rcps";

export const rcpRouter = createTRPCRouter({
  list: listRcps,
});
