import { createTRPCRouter } from "../../trpc";
import { approveRegistration } from "./approve-registration";
import { byToken } from "./by-token";
import { getHistory } from "./get-history";
import { getSettings } from "./get-settings";
import { listMine } from "./list-mine";
import { listParticipants } from "./list-participants";
import { register } from "./register";
import { registerOnBehalf } from "./register-on-behalf";
import { rejectRegistration } from "./reject-registration";
import { resendLink } from "./resend-link";
import { restoreByToken } from "./restore-by-token";
import { restoreRegistration } from "./restore-registration";
import { saveSettings } from "./save-settings";
import { updateByToken } from "./update-by-token";
import { withdrawByToken } from "./withdraw-by-token";
import { withdrawRegistration } from "./withdraw-registration";

export const registrationRouter = createTRPCRouter({
  settings: getSettings,
  saveSettings,
  register,
  registerOnBehalf,
  participants: listParticipants,
  history: getHistory,
  approve: approveRegistration,
  reject: rejectRegistration,
  withdraw: withdrawRegistration,
  restore: restoreRegistration,
  resendLink,
  mine: listMine,
  // Through the private link, without sign-in.
  byToken,
  updateByToken,
  withdrawByToken,
  restoreByToken,
});
