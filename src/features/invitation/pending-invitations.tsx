"use client";

import { useMutation } from "@tanstack/react-query";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { useFormErrors } from "~/features/auth/form-errors";
import { useRouter } from "~/i18n/navigation";
import { DAY_UTC, MOMENT_UTC } from "~/lib/date-formats";
import type { TPendingInvitation } from "~/server/invitation/data";
import { useTRPC } from "~/trpc/react";

type TProps = {
  invitations: TPendingInvitation[];
  /** Lists that span RCPs (the administration's) say which RCP each invitation is to. */
  isRcpShown?: boolean;
};

/** Open invitations, each with its resend and withdraw buttons. */
export function PendingInvitations({ invitations, isRcpShown = false }: TProps) {
  const t = useTranslations("Staff");
  const tAdmin = useTranslations("Admin");
  const format = useFormatter();
  const languages = new Intl.DisplayNames([useLocale()], { type: "language" });
  const router = useRouter();
  const trpc = useTRPC();
  const errors = useFormErrors();
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const resend = useMutation(trpc.invitation.resend.mutationOptions());
  const revoke = useMutation(trpc.invitation.revoke.mutationOptions());

  async function act(invitation: TPendingInvitation, action: "resend" | "revoke") {
    setBusyId(invitation.id);
    setMessage(null);
    try {
      if (action === "resend") {
        const result = await resend.mutateAsync({ id: invitation.id });
        setMessage({
          text: !result.isMailSent
            ? t("notSent")
            : t(result.isKeptInOutbox ? "resentToOutbox" : "resent", { email: invitation.email }),
          isError: !result.isMailSent,
        });
      } else {
        await revoke.mutateAsync({ id: invitation.id });
        setMessage({ text: t("revoked", { email: invitation.email }), isError: false });
      }
      router.refresh();
    } catch (error) {
      setMessage({ text: errors.server(error).form ?? "", isError: true });
    } finally {
      setBusyId(null);
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
                {(["resend", "revoke"] as const).map((action) => (
                  <Button
                    key={action}
                    variant={action === "revoke" ? "danger-outline" : "secondary"}
                    size="sm"
                    disabled={busyId !== null}
                    aria-label={t(`${action}Label`, { email: invitation.email })}
                    onClick={() => void act(invitation, action)}
                  >
                    {busyId === invitation.id && (action === "revoke" ? revoke : resend).isPending
                      ? t(action === "revoke" ? "revoking" : "resending")
                      : t(action)}
                  </Button>
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
