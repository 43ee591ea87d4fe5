import { z } from "zod";
import { newPasswordSchema, ZNewPassword, type TPasswordContext } from "~/server/auth/password-policy";
import { ZToken } from "./schema";

/** New password and its confirmation, the person's own words refused when they are known. */
export function newPasswordForm(context: TPasswordContext = {}) {
  return z
    .object({ password: newPasswordSchema(context), confirm: z.string() })
    .refine((form) => form.confirm === form.password, { path: ["confirm"], message: "mismatch" });
}

export const ZResetPasswordForm = newPasswordForm();
export type TResetPasswordForm = z.infer<typeof ZResetPasswordForm>;

export const ZResetPasswordInput = z.object({ token: ZToken, password: ZNewPassword });
