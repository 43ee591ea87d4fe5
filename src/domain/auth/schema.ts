// Fields shared by the account forms and their procedures. Messages are keys of the "FieldErrors"
// messages, translated where they are shown. Nothing here pulls in the common-password list:
// new-password schemas are in password-schema.ts.
import { z } from "zod";
import { singleLineText } from "~/lib/plain-text";

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "invalidEmail" }).max(254, { message: "invalidEmail" }));

export const ZPersonName = singleLineText()
  .min(1, { message: "required" })
  .max(200, { message: "nameTooLong" });

/** Link tokens are 32 bytes in base64url: 43 characters. */
export const ZToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const ZForgotPasswordForm = z.object({ email: ZEmail });
export type TForgotPasswordForm = z.infer<typeof ZForgotPasswordForm>;
