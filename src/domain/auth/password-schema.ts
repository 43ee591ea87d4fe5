import { z } from "zod";
import { newPasswordSchema, type TPasswordContext } from "./password-rules";
import { ZToken } from "./schema";

/**
 * New password and its confirmation, the person's own words refused when they are known. The
 * common-password list is the server's: a common password comes back from it as a field error.
 */
export function newPasswordForm(context: TPasswordContext = {}) {
  return z
    .object({ password: newPasswordSchema(context), confirm: z.string() })
    .refine((form) => form.confirm === form.password, { path: ["confirm"], message: "mismatch" });
}

export const ZResetPasswordForm = newPasswordForm();
export type TResetPasswordForm = z.infer<typeof ZResetPasswordForm>;

/** The reset procedure's input; the router checks the password against the whole policy. */
export const ZResetPasswordInput = z.object({ token: ZToken, password: newPasswordSchema() });
