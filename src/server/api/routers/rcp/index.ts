import { createTRPCRouter } from "../../trpc";
import { getOverlap } from "./get-overlap";
import { getRcp } from "./get-rcp";
import { listFoundings } from "./list-foundings";
import { listMatrixRows } from "./list-matrix-rows";
import { listPeers } from "./list-peers";
import { listRcps } from "./list-rcps";
import { listStaff } from "./list-staff";
import { listThemes } from "./list-themes";

export const rcpRouter = createTRPCRouter({
  list: listRcps,
  listThemes,
  get: getRcp,
  getOverlap,
  listPeers,
  listMatrixRows,
  listFoundings,
  listStaff,
});
