import { z } from "zod";
import { singleLineText } from "~/lib/plain-text";
import { ZRecordId } from "~/lib/record-id";
import { ZEmail, ZToken } from "~/domain/auth/schema";
import { locales } from "~/i18n/routing";

export const INVITE_ROLES = ["EDITOR", "VIEWER"] as const;
export const ZInviteRole = z.enum(INVITE_ROLES);
export const ZLocale = z.enum(locales);

/**
 * The invite form: on an RCP's staff page `rcpId` is that RCP's; in the administration it is
 * chosen, and "" (no RCP) invites a platform administrator only.
 */
export const ZInviteForm = z
  .object({
    email: ZEmail,
    name: singleLineText().max(200, { message: "nameTooLong" }),
    rcpId: z.string(),
    role: ZInviteRole,
    isPlatformAdmin: z.boolean(),
    locale: ZLocale,
  })
  .refine((form) => form.rcpId !== "" || form.isPlatformAdmin, { message: "noTarget", path: ["rcpId"] });
export type TInviteForm = z.infer<typeof ZInviteForm>;

export const ZCreateInvitationInput = z
  .object({
    email: ZEmail,
    name: singleLineText()
      .max(200, { message: "nameTooLong" })
      .transform((name) => name || null)
      .nullable()
      .default(null),
    /** Language of the email when the person has no account yet (an account's own language wins). */
    locale: ZLocale,
    isPlatformAdmin: z.boolean().default(false),
    rcp: z.object({ rcpId: ZRecordId, role: ZInviteRole }).nullable(),
  })
  .refine((input) => input.rcp !== null || input.isPlatformAdmin, { message: "noTarget", path: ["rcp"] });
export type TCreateInvitationInput = z.infer<typeof ZCreateInvitationInput>;

export const ZInvitationIdInput = z.object({ id: ZRecordId });

export const INVITATIONS_PER_PAGE = 10;

/** A page of the platform's open invitations, in the administration. */
export const ZListOpenInvitationsInput = z.object({
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(INVITATIONS_PER_PAGE),
});
export type TListOpenInvitationsInput = z.output<typeof ZListOpenInvitationsInput>;
export const ZInvitationTokenInput = z.object({ token: ZToken });
