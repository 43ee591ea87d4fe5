"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "~/components/ui/confirm-button";
import { useRouter } from "~/i18n/navigation";
import { useTRPC } from "~/trpc/react";
import { decodeCallError } from "~/lib/trpc-error";
import { useRestoreOutcome } from "./restore-outcome";

type TProps = {
  rcpId: string;
  currentVersion: number;
  /** The version the profile goes back to. */
  revisionVersion: number;
  describedBy: string;
  /**
   * On the current version's card: undoes its change, i.e. goes back to the version before it.
   * People read a card as "this change", so the button says what it does to it.
   */
  isUndo?: boolean;
};

/** "Go back to this version" or "Undo this change", confirmed in a dialog; saved as a new version. */
export function RestoreButton({
  rcpId,
  currentVersion,
  revisionVersion,
  describedBy,
  isUndo = false,
}: TProps) {
  const t = useTranslations("History");
  const trpc = useTRPC();
  const router = useRouter();
  const restore = useMutation(trpc.rcp.restoreRevision.mutationOptions());
  const outcome = useRestoreOutcome();

  async function confirm(): Promise<boolean> {
    try {
      const result = await restore.mutateAsync({ rcpId, version: currentVersion, revisionVersion });
      const done = { from: revisionVersion, version: result.version };
      outcome.report({
        isError: false,
        text:
          result.changes.length > 0
            ? t(isUndo ? "undone" : "restored", done)
            : t("unchanged", { version: revisionVersion }),
      });
    } catch (error) {
      const isConflict = decodeCallError(error).code === "CONFLICT";
      outcome.report({ isError: true, text: isConflict ? t("conflict") : t("failed") });
    }
    router.refresh();
    // The outcome is said above the versions, where focus goes: the dialog closes either way.
    return true;
  }

  const next = currentVersion + 1;
  return (
    <ConfirmButton
      describedBy={describedBy}
      triggerVariant="outline"
      title={
        isUndo ? t("undoTitle", { version: currentVersion }) : t("confirmTitle", { version: revisionVersion })
      }
      body={
        isUndo
          ? t("undoBody", { previous: revisionVersion, next, version: currentVersion })
          : t("confirmBody", { version: revisionVersion, next, current: currentVersion })
      }
      confirmLabel={isUndo ? t("undoConfirm") : t("confirm", { version: revisionVersion })}
      pendingLabel={t("restoring")}
      cancelLabel={t("cancel")}
      isPending={restore.isPending}
      onConfirm={confirm}
      focusOnClose={outcome.element}
    >
      {isUndo ? t("undo") : t("restore")}
    </ConfirmButton>
  );
}
