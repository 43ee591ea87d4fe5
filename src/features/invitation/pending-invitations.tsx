"use client";

import { useMutation } from "@tanstack/react-query";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { ConfirmButton } from "~/components/ui/confirm-button";
import { isOneOf } from "~/domain/errors";
import { useFormErrors } from "~/features/auth/form-errors";
import { useRouter } from "~/i18n/navigation";
import { locales } from "~/i18n/routing";
import { DAY_UTC, MOMENT_UTC } from "~/lib/date-formats";
import type { TPendingInvitation } from "~/server/invitation/data";
import { useTRPC } from "~/trpc/react";

type TProps = {
  invitations: TPendingInvitation[];
  /** Lists that span RCPs (the administration's) say which RCP each invitation is to. */
  isRcpShown?: boolean;
};

type TMessage = {
  text: string;
  isError: boolean;
  /** Just withdrawn: it can be sent again, with a new link, from the message. */
  withdrawn?: TPendingInvitation;
};

/**
 * Open invitations, each with its resend and withdraw buttons. Withdrawing asks first and can be
 * undone by inviting the person again, which mails them a new link.
 */
export function PendingInvitations({ invitations, isRcpShown = false }: TProps) {
  const t = useTranslations("Staff");
  const tAdmin = useTranslations("Admin");
  const format = useFormatter();
  const languages = new Intl.DisplayNames([useLocale()], { type: "language" });
  const router = useRouter();
  const trpc = useTRPC();
  const errors = useFormErrors();
  const [message, setMessage] = useState<TMessage | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const resend = useMutation(trpc.invitation.resend.mutationOptions());
  const revoke = useMutation(trpc.invitation.revoke.mutationOptions());
  const reinvite = useMutation(trpc.invitation.create.mutationOptions());
  const [revokeError, setRevokeError] = useState<{ id: string; text: string } | null>(null);

  async function resendTo(invitation: TPendingInvitation) {
    setBusyId(invitation.id);
    setMessage(null);
    try {
      const result = await resend.mutateAsync({ id: invitation.id });
      setMessage({
        text: !result.isMailSent
          ? t("notSent")
          : t(result.isKeptInOutbox ? "resentToOutbox" : "resent", { email: invitation.email }),
        isError: !result.isMailSent,
      });
      router.refresh();
    } catch (error) {
      setMessage({ text: errors.server(error).form ?? "", isError: true });
    } finally {
      setBusyId(null);
    }
  }

  async function withdraw(invitation: TPendingInvitation): Promise<boolean> {
    setRevokeError(null);
    setMessage(null);
    try {
      await revoke.mutateAsync({ id: invitation.id });
      setMessage({ text: t("revoked", { email: invitation.email }), isError: false, withdrawn: invitation });
      router.refresh();
      return true;
    } catch (error) {
      setRevokeError({ id: invitation.id, text: errors.server(error).form ?? "" });
      return false;
    }
  }

  async function inviteAgain(invitation: TPendingInvitation) {
    try {
      const result = await reinvite.mutateAsync({
        email: invitation.email,
        name: invitation.name,
        locale: isOneOf(locales, invitation.locale) ? invitation.locale : "en",
        isPlatformAdmin: invitation.isPlatformAdmin,
        rcp:
          invitation.rcp && invitation.rcpRole
            ? { rcpId: invitation.rcp.id, role: invitation.rcpRole }
            : null,
      });
      setMessage({
        text: result.isMailSent ? t("reinvited", { email: invitation.email }) : t("notSent"),
        isError: !result.isMailSent,
      });
      router.refresh();
    } catch (error) {
      setMessage({ text: errors.server(error).form ?? "", isError: true });
    }
  }

  /** "Editor", "Bali Process — Editor, also platform administrator", "Platform administrator". */
  function describeRights(invitation: TPendingInvitation): string {
    if (!invitation.rcp || !invitation.rcpRole) return t("platformAdminOnly");
    const role = t(`role_${invitation.rcpRole}`);
    const name = invitation.rcp.archivedAt
      ? tAdmin("archived", { name: invitation.rcp.shortName })
      : invitation.rcp.shortName;
    const rights = isRcpShown ? `${name} — ${role}` : role;
    return invitation.isPlatformAdmin ? `${rights}, ${t("alsoAdmin")}` : rights;
  }

  return (
    <div className="space-y-3">
      <p
        role="status"
        className={
          message
            ? `rounded px-3 py-2 text-sm ${message.isError ? "bg-danger-soft text-danger" : "bg-brand-soft"}`
            : "sr-only"
        }
      >
        {message?.text}
      </p>
      {message?.withdrawn && (
        <Button
          variant="secondary"
          size="sm"
          disabled={reinvite.isPending}
          onClick={() => message.withdrawn && void inviteAgain(message.withdrawn)}
        >
          {reinvite.isPending ? t("reinviting") : t("reinvite", { email: message.withdrawn.email })}
        </Button>
      )}
      {invitations.length === 0 ? (
        <p className="text-muted">{t("pendingEmpty")}</p>
      ) : (
        <ul className="divide-y divide-line rounded-card border border-line bg-surface">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
              <div className="min-w-0 space-y-0.5">
                <p className="font-medium break-all">
                  {invitation.name ? `${invitation.name} · ${invitation.email}` : invitation.email}
                </p>
                <p className="text-sm text-muted">
                  {describeRights(invitation)}
                  {" · "}
                  {t("invitedBy", {
                    name: invitation.invitedBy,
                    date: format.dateTime(invitation.createdAt, DAY_UTC),
                  })}
                </p>
                <p className={`text-sm ${invitation.isExpired ? "font-medium text-danger" : "text-muted"}`}>
                  {invitation.isExpired
                    ? t("expired")
                    : t("expiresOn", { date: format.dateTime(invitation.expiresAt, MOMENT_UTC) })}
                  <span className="text-muted">
                    {" · "}
                    {t("mailIn", { language: languages.of(invitation.locale) ?? invitation.locale })}
                  </span>
                </p>
              </div>
              <div className="flex gap-2">
                <Button
                  variant="secondary"
                  size="sm"
                  disabled={busyId !== null}
                  aria-label={t("resendLabel", { email: invitation.email })}
                  onClick={() => void resendTo(invitation)}
                >
                  {busyId === invitation.id && resend.isPending ? t("resending") : t("resend")}
                </Button>
                <ConfirmButton
                  label={t("revokeLabel", { email: invitation.email })}
                  title={t("revokeTitle", { email: invitation.email })}
                  body={t("revokeBody", { email: invitation.email })}
                  confirmLabel={t("revokeConfirm")}
                  pendingLabel={t("revoking")}
                  cancelLabel={t("cancel")}
                  isPending={revoke.isPending}
                  error={revokeError?.id === invitation.id ? revokeError.text : null}
                  onConfirm={() => withdraw(invitation)}
                  isDanger
                  triggerVariant="danger-outline"
                >
                  {t("revoke")}
                </ConfirmButton>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
