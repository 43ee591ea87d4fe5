import { createTRPCRouter } from "../../trpc";
import { archiveRcp } from "./archive-rcp";
import { createRcp } from "./create-rcp";
import { disableUser } from "./disable-user";
import { enableUser } from "./enable-user";
import { listAuditActions } from "./list-audit-actions";
import { listAuditLog } from "./list-audit-log";
import { listInvitations } from "./list-invitations";
import { listMail } from "./list-mail";
import { listOrganisations } from "./list-organisations";
import { listOutbox } from "./list-outbox";
import { listRcps } from "./list-rcps";
import { listUsers } from "./list-users";
import { removeRcpRole } from "./remove-rcp-role";
import { retryMail } from "./retry-mail";
import { setPlatformRole } from "./set-platform-role";
import { setRcpRole } from "./set-rcp-role";
import { unarchiveRcp } from "./unarchive-rcp";
import { updateOrganisationAcronyms } from "./update-organisation-acronyms";

export const adminRouter = createTRPCRouter({
  listUsers,
  disableUser,
  enableUser,
  setPlatformRole,
  setRcpRole,
  removeRcpRole,
  listInvitations,
  listOutbox,
  listRcps,
  createRcp,
  archiveRcp,
  unarchiveRcp,
  listOrganisations,
  updateOrganisationAcronyms,
  listAuditLog,
  listAuditActions,
  // Mail the job queue has not delivered.
  listMail,
  retryMail,
});
