"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { ConfirmButton } from "~/components/ui/confirm-button";
import { controlProps, Field, inputClass } from "~/components/ui/form-field";
import { isOneOf } from "~/domain/errors";
import { useRouter } from "~/i18n/navigation";
import { decodeCallError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react";

type THost = { rcpId: string; name: string; status: "INVITED" | "ACCEPTED" | "DECLINED" };

type TProps = {
  activityId: string;
  /** The RCP whose page this is: its editors may take it off the activity. */
  rcp: { id: string; name: string };
  hosts: THost[];
  invitable: { slug: string; name: string }[];
  /** The slug of a process to invite, chosen when the page opens (from a duplicate-effort warning). */
  preselected?: string;
};

const FIELD_KEYS = ["unknownRcp", "ownRcp", "alreadyHost", "hostAlreadyInvited"] as const;

/** Who hosts the activity; invite another process, withdraw an invitation, or leave. */
export function HostsPanel({ activityId, rcp, hosts, invitable, preselected }: TProps) {
  const t = useTranslations("CoHosts");
  const tErrors = useTranslations("CoHostsErrors");
  const tCodes = useTranslations("Errors");
  const router = useRouter();
  const trpc = useTRPC();
  const invite = useMutation(trpc.coHost.invite.mutationOptions());
  const withdraw = useMutation(trpc.coHost.withdraw.mutationOptions());
  const leave = useMutation(trpc.coHost.leave.mutationOptions());
  const [choice, setChoice] = useState(preselected ?? "");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<{ key: string; text: string } | null>(null);

  const message = (failure: unknown) => {
    const decoded = decodeCallError(failure);
    if (decoded.key === "lastHost") return tErrors("lastHost");
    return tCodes(decoded.code ?? "generic");
  };

  async function onInvite(event: React.FormEvent) {
    event.preventDefault();
    setFieldError(null);
    setNotice(null);
    if (!choice) {
      setFieldError(tErrors("unknownRcp"));
      return;
    }
    try {
      const result = await invite.mutateAsync({ activityId, rcpSlug: choice });
      setNotice(t("invited", { count: result.mailsSent }));
      setChoice("");
      router.refresh();
    } catch (failure) {
      const decoded = decodeCallError(failure);
      setFieldError(
        isOneOf(FIELD_KEYS, decoded.key)
          ? tErrors(decoded.key)
          : decoded.fields.rcpSlug
            ? tErrors("unknownRcp")
            : tCodes(decoded.code ?? "generic"),
      );
    }
  }

  async function run(key: string, action: () => Promise<unknown>, after: () => void): Promise<boolean> {
    setActionError(null);
    try {
      await action();
      after();
      return true;
    } catch (failure) {
      setActionError({ key, text: message(failure) });
      return false;
    }
  }

  const statusText = (status: THost["status"]) => t(`status.${status}`);
  return (
    <div className="space-y-8">
      <ul className="divide-y divide-line rounded-card border border-line bg-surface">
        {hosts.map((host) => (
          <li key={host.rcpId} className="flex flex-wrap items-center justify-between gap-2 p-4">
            <span>
              <span className="font-medium">{host.name}</span>{" "}
              <span className="text-sm text-muted">· {statusText(host.status)}</span>
            </span>
            {host.status === "INVITED" && (
              <ConfirmButton
                label={t("withdrawLabel", { rcp: host.name })}
                title={t("withdrawTitle", { rcp: host.name })}
                body={t("withdrawBody")}
                confirmLabel={t("withdraw")}
                cancelLabel={t("cancel")}
                isPending={withdraw.isPending}
                error={actionError?.key === `withdraw-${host.rcpId}` ? actionError.text : null}
                onConfirm={() =>
                  run(
                    `withdraw-${host.rcpId}`,
                    () => withdraw.mutateAsync({ activityId, rcpId: host.rcpId }),
                    () => router.refresh(),
                  )
                }
                triggerVariant="secondary"
                triggerSize="sm"
              >
                {t("withdraw")}
              </ConfirmButton>
            )}
            {host.status === "ACCEPTED" && host.rcpId === rcp.id && (
              <ConfirmButton
                label={t("leaveLabel", { rcp: host.name })}
                title={t("leaveTitle", { rcp: host.name })}
                body={t("leaveBody")}
                confirmLabel={t("leave")}
                cancelLabel={t("cancel")}
                isPending={leave.isPending}
                error={actionError?.key === "leave" ? actionError.text : null}
                onConfirm={() =>
                  run(
                    "leave",
                    () => leave.mutateAsync({ activityId, rcpId: rcp.id }),
                    () => router.push("/manage"),
                  )
                }
                isDanger
                triggerVariant="danger-outline"
                triggerSize="sm"
              >
                {t("leave")}
              </ConfirmButton>
            )}
          </li>
        ))}
      </ul>
      <form onSubmit={(event) => void onInvite(event)} noValidate className="max-w-xl space-y-3">
        <h2 className="text-xl font-semibold">{t("inviteHeading")}</h2>
        <p className="text-muted">{t("inviteIntro")}</p>
        <Field id="co-host-rcp" label={t("rcp")} error={fieldError ?? undefined}>
          <select
            className={inputClass}
            value={choice}
            onChange={(event) => setChoice(event.target.value)}
            {...controlProps("co-host-rcp", { error: fieldError ?? undefined })}
          >
            <option value="">{t("choose")}</option>
            {invitable.map((option) => (
              <option key={option.slug} value={option.slug}>
                {option.name}
              </option>
            ))}
          </select>
        </Field>
        <Button type="submit" disabled={invite.isPending}>
          {invite.isPending ? t("inviting") : t("invite")}
        </Button>
        {notice && <Alert tone="success">{notice}</Alert>}
      </form>
    </div>
  );
}
