import { createTRPCRouter } from "../../trpc";
import { requestPasswordReset } from "./request-password-reset";
import { resetPassword } from "./reset-password";

export const authRouter = createTRPCRouter({
  requestPasswordReset,
  resetPassword,
});
