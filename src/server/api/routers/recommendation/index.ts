import { createTRPCRouter } from "../../trpc";
import { byTheme } from "./by-theme";
import { create } from "./create";
import { createMany } from "./create-many";
import { history } from "./history";
import { listByDocument } from "./list-by-document";
import { openByRcp } from "./open-by-rcp";
import { progress } from "./progress";
import { remove } from "./remove";
import { setStatus } from "./set-status";
import { update } from "./update";

export const recommendationRouter = createTRPCRouter({
  listByDocument,
  progress,
  history,
  create,
  createMany,
  update,
  remove,
  setStatus,
  openByRcp,
  byTheme,
});
