// Fields shared by the account forms and their procedures. Messages are keys of the "FieldErrors"
// (and, for new passwords, "Password") messages, translated where they are shown.
import { z } from "zod";
import { ZNewPassword } from "~/server/auth/password-policy";

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "invalidEmail" }).max(254, { message: "invalidEmail" }));

export const ZPersonName = z
  .string()
  .trim()
  .min(1, { message: "required" })
  .max(200, { message: "nameTooLong" });

export const ZForgotPasswordForm = z.object({ email: ZEmail });
export type TForgotPasswordForm = z.infer<typeof ZForgotPasswordForm>;

/** New password and its confirmation; `password` may carry the person's own words as context. */
export function newPasswordForm(password: z.ZodType<string, string>) {
  return z
    .object({ password, confirm: z.string() })
    .refine((form) => form.confirm === form.password, { path: ["confirm"], message: "mismatch" });
}

export const ZResetPasswordForm = newPasswordForm(ZNewPassword);
export type TResetPasswordForm = z.infer<typeof ZResetPasswordForm>;
