"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { ConfirmButton } from "~/components/ui/confirm-button";
import { controlProps, Field, inputClass } from "~/components/ui/form-field";
import type { TRegistrationStatus } from "~/domain/registration/vocabulary";
import { useRouter } from "~/i18n/navigation";
import { decodeCallError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react";

type TProps = {
  registration: { id: string; version: number; status: TRegistrationStatus; name: string };
  may: { decide: boolean; withdraw: boolean; resendLink: boolean };
};

type TAction = "approve" | "reject" | "withdraw" | "restore" | "resend";

/** What the reader may do with one registration, each asked for first where it cannot be undone. */
export function ParticipantActions({ registration, may }: TProps) {
  const t = useTranslations("RegistrationParticipants");
  const tServer = useTranslations("RegistrationErrors");
  const tCodes = useTranslations("Errors");
  const router = useRouter();
  const trpc = useTRPC();
  const reasonId = useId();
  const approve = useMutation(trpc.registration.approve.mutationOptions());
  const reject = useMutation(trpc.registration.reject.mutationOptions());
  const withdraw = useMutation(trpc.registration.withdraw.mutationOptions());
  const restore = useMutation(trpc.registration.restore.mutationOptions());
  const resend = useMutation(trpc.registration.resendLink.mutationOptions());
  const [reason, setReason] = useState("");
  const [error, setError] = useState<{ action: TAction; text: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { id: registrationId, version, status, name } = registration;

  async function run(action: TAction, call: () => Promise<unknown>, done?: string): Promise<boolean> {
    setError(null);
    setNotice(null);
    try {
      await call();
      if (done) setNotice(done);
      router.refresh();
      return true;
    } catch (failure) {
      const decoded = decodeCallError(failure);
      const text =
        decoded.key && decoded.key in SERVER_KEYS
          ? tServer(decoded.key as keyof typeof SERVER_KEYS)
          : tCodes(decoded.code ?? "generic");
      setError({ action, text });
      return false;
    }
  }
  const errorOf = (action: TAction) => (error?.action === action ? error.text : null);
  const common = { cancelLabel: t("cancel"), pendingLabel: t("working"), triggerSize: "sm" as const };

  return (
    <div className="flex flex-wrap gap-2 print:hidden">
      {may.decide && status === "PENDING" && (
        <ConfirmButton
          {...common}
          label={t("approveLabel", { name })}
          title={t("approveTitle", { name })}
          body={t("approveBody")}
          confirmLabel={t("approve")}
          isPending={approve.isPending}
          error={errorOf("approve")}
          onConfirm={() =>
            run("approve", () => approve.mutateAsync({ registrationId, version, reason: null }))
          }
        >
          {t("approve")}
        </ConfirmButton>
      )}
      {may.decide && status === "PENDING" && (
        <ConfirmButton
          {...common}
          isDanger
          label={t("rejectLabel", { name })}
          title={t("rejectTitle", { name })}
          body={
            <Field id={reasonId} label={t("reasonLabel")} help={t("reasonHelp")}>
              <textarea
                className={inputClass}
                rows={3}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                {...controlProps(reasonId, { help: t("reasonHelp") })}
              />
            </Field>
          }
          confirmLabel={t("reject")}
          isPending={reject.isPending}
          error={errorOf("reject")}
          onConfirm={() =>
            run("reject", () =>
              reject.mutateAsync({ registrationId, version, reason: reason.trim() || null }),
            )
          }
        >
          {t("reject")}
        </ConfirmButton>
      )}
      {may.withdraw && (status === "PENDING" || status === "CONFIRMED" || status === "WAITLISTED") && (
        <ConfirmButton
          {...common}
          isDanger
          label={t("withdrawLabel", { name })}
          title={t("withdrawTitle", { name })}
          body={t("withdrawBody")}
          confirmLabel={t("withdraw")}
          isPending={withdraw.isPending}
          error={errorOf("withdraw")}
          onConfirm={() => run("withdraw", () => withdraw.mutateAsync({ registrationId, version }))}
        >
          {t("withdraw")}
        </ConfirmButton>
      )}
      {may.withdraw && status === "WITHDRAWN" && (
        <Button
          size="sm"
          variant="secondary"
          aria-label={t("restoreLabel", { name })}
          disabled={restore.isPending}
          onClick={() => void run("restore", () => restore.mutateAsync({ registrationId, version }))}
        >
          {t("restore")}
        </Button>
      )}
      {may.resendLink && status !== "WITHDRAWN" && status !== "REJECTED" && (
        <ConfirmButton
          {...common}
          label={t("resendLabel", { name })}
          title={t("resendTitle", { name })}
          body={t("resendBody")}
          confirmLabel={t("resend")}
          isPending={resend.isPending}
          error={errorOf("resend")}
          onConfirm={() => run("resend", () => resend.mutateAsync({ registrationId }), t("resent", { name }))}
        >
          {t("resend")}
        </ConfirmButton>
      )}
      {error?.action === "restore" && <Alert tone="error">{error.text}</Alert>}
      {notice && (
        <p role="status" className="text-sm text-success">
          {notice}
        </p>
      )}
    </div>
  );
}

/** The refusals of the registration router the person can act on, said in their words. */
const SERVER_KEYS = {
  registrationStateChanged: 1,
  noSeatFree: 1,
  registrationClosed: 1,
  activityCancelled: 1,
} as const;
