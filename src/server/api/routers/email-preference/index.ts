import { createTRPCRouter } from "../../trpc";
import { byToken } from "./by-token";
import { getEmailPreference } from "./get-email-preference";
import { saveEmailPreference } from "./save-email-preference";

export const emailPreferenceRouter = createTRPCRouter({
  get: getEmailPreference,
  save: saveEmailPreference,
  byToken,
});
