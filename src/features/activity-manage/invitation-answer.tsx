"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "~/i18n/navigation";
import { useState } from "react";
import { ConfirmButton } from "~/components/ui/confirm-button";
import { decodeCallError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react";

type TProps = { rcpId: string; activityId: string; title: string };

/** Accept or decline one co-host invitation, each after a confirmation that says what it means. */
export function InvitationAnswer({ rcpId, activityId, title }: TProps) {
  const t = useTranslations("CoHostsInvitations");
  const tErrors = useTranslations("Errors");
  const router = useRouter();
  const trpc = useTRPC();
  const accept = useMutation(trpc.coHost.accept.mutationOptions());
  const decline = useMutation(trpc.coHost.decline.mutationOptions());
  const [error, setError] = useState<{ action: "accept" | "decline"; text: string } | null>(null);

  async function run(action: "accept" | "decline"): Promise<boolean> {
    setError(null);
    try {
      await (action === "accept" ? accept : decline).mutateAsync({ rcpId, activityId });
      router.refresh();
      return true;
    } catch (failure) {
      const code = decodeCallError(failure).code;
      setError({ action, text: code ? tErrors(code) : tErrors("generic") });
      return false;
    }
  }

  return (
    <div className="flex flex-wrap gap-2">
      <ConfirmButton
        label={t("acceptLabel", { title })}
        title={t("acceptTitle", { title })}
        body={t("acceptBody")}
        confirmLabel={t("accept")}
        pendingLabel={t("saving")}
        cancelLabel={t("cancel")}
        isPending={accept.isPending}
        error={error?.action === "accept" ? error.text : null}
        onConfirm={() => run("accept")}
        triggerSize="sm"
      >
        {t("accept")}
      </ConfirmButton>
      <ConfirmButton
        label={t("declineLabel", { title })}
        title={t("declineTitle", { title })}
        body={t("declineBody")}
        confirmLabel={t("decline")}
        pendingLabel={t("saving")}
        cancelLabel={t("cancel")}
        isPending={decline.isPending}
        error={error?.action === "decline" ? error.text : null}
        onConfirm={() => run("decline")}
        triggerVariant="secondary"
        triggerSize="sm"
      >
        {t("decline")}
      </ConfirmButton>
    </div>
  );
}
