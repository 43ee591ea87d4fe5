"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmButton } from "~/components/ui/confirm-button";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { decodeCallError } from "~/lib/trpc-error";

type TProps = { rcpId: string; currentVersion: number; revisionVersion: number; describedBy: string };

/** "Restore this version", confirmed in a dialog; the restored state is saved as a new version. */
export function RestoreButton({ rcpId, currentVersion, revisionVersion, describedBy }: TProps) {
  const t = useTranslations("History");
  const trpc = useTRPC();
  const router = useRouter();
  const restore = useMutation(trpc.rcp.restoreRevision.mutationOptions());
  const [message, setMessage] = useState<{ isError: boolean; text: string } | null>(null);

  async function confirm(): Promise<boolean> {
    try {
      const result = await restore.mutateAsync({ rcpId, version: currentVersion, revisionVersion });
      setMessage({
        isError: false,
        text:
          result.changes.length > 0
            ? t("restored", { from: revisionVersion, version: result.version })
            : t("unchanged", { version: revisionVersion }),
      });
    } catch (error) {
      const isConflict = decodeCallError(error).code === "CONFLICT";
      setMessage({ isError: true, text: isConflict ? t("conflict") : t("failed") });
    }
    router.refresh();
    // The outcome is said next to the button, so the dialog closes either way.
    return true;
  }

  return (
    <div className="space-y-2">
      <ConfirmButton
        describedBy={describedBy}
        triggerVariant="outline"
        title={t("confirmTitle", { version: revisionVersion })}
        body={t("confirmBody", {
          version: revisionVersion,
          next: currentVersion + 1,
          current: currentVersion,
        })}
        confirmLabel={t("confirm", { version: revisionVersion })}
        pendingLabel={t("restoring")}
        cancelLabel={t("cancel")}
        isPending={restore.isPending}
        onConfirm={confirm}
      >
        {t("restore")}
      </ConfirmButton>
      <p
        role={message?.isError ? "alert" : "status"}
        className={message?.isError ? "text-sm text-danger" : "text-sm text-success"}
      >
        {message?.text}
      </p>
    </div>
  );
}
