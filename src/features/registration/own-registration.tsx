"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { ConfirmButton } from "~/components/ui/confirm-button";
import type { TRegistrationStatus } from "~/domain/registration/vocabulary";
import { useRouter } from "~/i18n/navigation";
import { decodeCallError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react";

type TProps = { registration: { id: string; version: number; status: TRegistrationStatus } };

/** The reader's own registration: where it stands, withdraw (asked first), or undo a withdrawal. */
export function OwnRegistration({ registration }: TProps) {
  const t = useTranslations("RegistrationSelf");
  const tStatus = useTranslations("RegistrationStatus");
  const tServer = useTranslations("RegistrationErrors");
  const tCodes = useTranslations("Errors");
  const router = useRouter();
  const trpc = useTRPC();
  const withdraw = useMutation(trpc.registration.withdraw.mutationOptions());
  const restore = useMutation(trpc.registration.restore.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  const input = { registrationId: registration.id, version: registration.version };
  const { status } = registration;

  async function run(call: () => Promise<unknown>): Promise<boolean> {
    setError(null);
    try {
      await call();
      router.refresh();
      return true;
    } catch (failure) {
      const decoded = decodeCallError(failure);
      setError(
        decoded.key === "noSeatFree" || decoded.key === "registrationStateChanged"
          ? tServer(decoded.key)
          : tCodes(decoded.code ?? "generic"),
      );
      return false;
    }
  }

  return (
    <div className="space-y-3">
      <p className="font-medium">{t("yours", { status: tStatus(status) })}</p>
      <p className="text-sm text-muted">{t(`explain.${status}`)}</p>
      {(status === "PENDING" || status === "CONFIRMED" || status === "WAITLISTED") && (
        <ConfirmButton
          isDanger
          title={status === "WAITLISTED" ? t("leaveTitle") : t("withdrawTitle")}
          body={t("withdrawBody")}
          confirmLabel={status === "WAITLISTED" ? t("leave") : t("withdraw")}
          pendingLabel={t("working")}
          cancelLabel={t("cancel")}
          isPending={withdraw.isPending}
          error={error}
          onConfirm={() => run(() => withdraw.mutateAsync(input))}
        >
          {status === "WAITLISTED" ? t("leave") : t("withdraw")}
        </ConfirmButton>
      )}
      {status === "WITHDRAWN" && (
        <Button
          variant="secondary"
          size="sm"
          disabled={restore.isPending}
          onClick={() => void run(() => restore.mutateAsync(input))}
        >
          {t("restore")}
        </Button>
      )}
      {error && status === "WITHDRAWN" && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
