import { createTRPCRouter } from "../../trpc";
import { getEditable } from "./get-editable";
import { getOverlap } from "./get-overlap";
import { getRcp } from "./get-rcp";
import { listFoundings } from "./list-foundings";
import { listMatrixRows } from "./list-matrix-rows";
import { listPeers } from "./list-peers";
import { listRcps } from "./list-rcps";
import { listRevisions } from "./list-revisions";
import { listStaff } from "./list-staff";
import { listThemes } from "./list-themes";
import { removeStaff } from "./remove-staff";
import { restoreRevision } from "./restore-revision";
import { setStaffRole } from "./set-staff-role";
import { updateRcp } from "./update-rcp";

export const rcpRouter = createTRPCRouter({
  list: listRcps,
  listThemes,
  get: getRcp,
  getOverlap,
  listPeers,
  listMatrixRows,
  listFoundings,
  listStaff,
  setStaffRole,
  removeStaff,
  getEditable,
  update: updateRcp,
  listRevisions,
  restoreRevision,
});
