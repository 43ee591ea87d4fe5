import { z } from "zod";
import { newPasswordForm } from "~/domain/auth/password-schema";
import { newPasswordSchema } from "~/domain/auth/password-rules";
import { ZPersonName, ZToken } from "~/domain/auth/schema";
import { ZLocale } from "./schema";

export const ZAcceptInvitationInput = z.object({
  token: ZToken,
  name: ZPersonName,
  /** The router checks it against the whole policy, common passwords included. */
  password: newPasswordSchema(),
  /** The language of the page the invitation was accepted on becomes the new account's language. */
  locale: ZLocale,
});
export type TAcceptInvitationInput = z.infer<typeof ZAcceptInvitationInput>;

/**
 * The accept form: the invited address and the name typed are refused as passwords. Every field
 * is checked on each submit, so all problems show at once.
 */
export function acceptInvitationForm(email: string) {
  return z
    .object({ name: z.string(), password: z.string(), confirm: z.string() })
    .superRefine((form, ctx) => {
      const name = ZPersonName.safeParse(form.name);
      const password = newPasswordForm({ email, name: form.name }).safeParse(form);
      const issues = [
        ...(name.success ? [] : name.error.issues.map((issue) => ({ ...issue, path: ["name"] }))),
        ...(password.success ? [] : password.error.issues),
      ];
      for (const issue of issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    });
}
export type TAcceptInvitationForm = z.infer<ReturnType<typeof acceptInvitationForm>>;
